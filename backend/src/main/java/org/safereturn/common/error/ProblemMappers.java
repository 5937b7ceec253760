package org.safereturn.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details. Nothing internal (class names, SQL, stack
 * traces) reaches the caller; unexpected errors are logged with an id the caller can quote.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldCodes.of(fieldOf(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(422, "validation.failed", "The request is not valid",
                errors.size() + " field(s) are not valid", errors, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !(e instanceof UnrecognizedPropertyException)
                && (e instanceof InvalidFormatException || e instanceof MismatchedInputException)
                && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String detail = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                    ? "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            return respond(422, "validation.failed", "The request is not valid", field + " " + detail,
                    List.of(new Problem.FieldError(field, detail)), uri);
        }
        return respond(400, "request.malformed", "Malformed request body",
                "The body is not valid JSON for this operation", null, uri);
    }

    // Quarkus registers mappers for these exact Jackson types; ours must name them too to win.
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response instantiation(com.fasterxml.jackson.databind.exc.ValueInstantiationException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "auth.forbidden", "Forbidden", "Your role may not perform this operation", null, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleObjectStateException e, UriInfo uri) {
        return respond(412, "precondition.stale", "The record was changed by someone else",
                "Reload the record and apply your change again", null, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        String code = switch (status) {
            case 400 -> "request.bad";
            case 404 -> "resource.not-found";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 415 -> "request.unsupported-media-type";
            default -> "request.failed";
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response response = respond(status, code, title, detail, null, uri);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /** A stored value failed its integrity check: moved or altered in the database, or its key is gone. */
    @ServerExceptionMapper
    public Response sealed(org.safereturn.common.crypto.SealedValueException e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf("A protected value failed its integrity check at %s: %s (incident %s)", uri == null ? "?" : uri.getPath(), e.getMessage(), incident);
        return respond(500, "data.integrity-failed", "Protected data failed its integrity check",
                "A protected value of this record cannot be opened: it was moved or altered in the database, or its key is missing. "
                        + "Nothing was shown; quote incident " + incident, null, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return databaseDown(uri, e);
        }
        if (timedOut(e)) {
            LOG.warnf("A request ran past the transaction timeout at %s", uri == null ? "?" : uri.getPath());
            Response r = respond(503, "service.timeout", "Took too long",
                    "The answer took longer than the server allows and was stopped; nothing was changed. Ask for a shorter period, fewer dimensions, or a background export (POST /api/reports/exports)",
                    null, uri);
            return Response.fromResponse(r).header("Retry-After", "30").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side; quote incident " + incident, null, uri);
    }

    /** 503 while the database cannot be reached: nothing was changed, and the client may retry after a few seconds. */
    public static Response databaseDown(UriInfo uri, Throwable cause) {
        long now = System.currentTimeMillis();
        long last = lastOutageLog.get();
        if (now - last > 10_000 && lastOutageLog.compareAndSet(last, now)) {
            Throwable root = cause;
            while (root != null && root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf("The database cannot be reached (%s): answering 503 until it is back", root == null ? "?" : root.toString());
        }
        Response r = respond(503, "service.unavailable", "Temporarily unavailable",
                "The database cannot be reached just now; nothing was changed. Try again in a few seconds.", null, uri);
        return Response.fromResponse(r).header("Retry-After", "5").build();
    }

    private static final java.util.concurrent.atomic.AtomicLong lastOutageLog = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The database cannot be reached: no connection within the pool's acquisition timeout, a
     * connection refused or broken (SQLState class 08), the server shutting down or starting up
     * (57P01-57P03), or out of connections (53300).
     */
    public static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, 0);
    }

    /** Walks causes and suppressed exceptions: a failed commit carries the driver's error as suppressed. */
    private static boolean databaseUnavailable(Throwable t, int depth) {
        if (t == null || depth > 12) {
            return false;
        }
        if (t instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
                return true;
            }
            // Agroal says "Sorry, acquisition timeout!" when the pool is spent and "Acquisition
            // timeout while waiting for new connection" when the server does not answer.
            if (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.net.ConnectException) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (databaseUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && databaseUnavailable(t.getCause(), depth + 1);
    }

    /** A transaction stopped by its timeout: PostgreSQL cancelled the statement (57014), or the transaction was no longer active at its end. */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof jakarta.transaction.RollbackException && t.getMessage() != null && t.getMessage().contains("ARJUNA016102")) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated(UriInfo uri) {
        Response r = respond(401, "auth.unauthenticated", "Sign-in required",
                "Send a valid bearer token from the SafeReturn realm", null, uri);
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    public static Response respond(int status, String code, String title, String detail,
                            List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(Problem.typeOf(code), title, status, detail,
                uri == null ? null : uri.getPath(), code, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Paths look like "create.request.nameVi" for method parameters; keep what the client sent.
        String path = v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
