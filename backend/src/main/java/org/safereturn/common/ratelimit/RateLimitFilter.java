package org.safereturn.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemMappers;
import org.safereturn.common.security.Roles;

/**
 * Every API request spends one token of its caller's budget. An exhausted budget answers 429
 * problem+json with Retry-After; every answer carries the IETF RateLimit-Policy and RateLimit
 * headers, so a client can slow down before it is refused. When the database is down the answer
 * is its 503 at once; any other failure of the limiter lets the request through.
 */
public class RateLimitFilter {
    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final AtomicLong lastWarning = new AtomicLong();

    @Inject
    RateLimiter limiter;
    @Inject
    SecurityIdentity identity;
    @Inject
    FieldCipher cipher;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Response spend(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        RateLimiter.Decision decision;
        try {
            Caller caller = caller(http);
            decision = limiter.spend(caller.key(), caller.kind());
        } catch (RuntimeException e) {
            if (e instanceof RateLimiter.DatabaseUnreachable || ProblemMappers.databaseUnavailable(e)) {
                return ProblemMappers.databaseDown(request.getUriInfo(), e); // the request could not be served either
            }
            long now = System.currentTimeMillis();
            long last = lastWarning.get();
            if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
                LOG.warnf("rate limits not checked (buckets unreachable): %s", e.getMessage());
            }
            return null;
        }
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        Response refused = ProblemMappers.respond(429, "rate-limit.exceeded", "Too many requests",
                "This caller's budget of " + decision.quota() + " requests per " + decision.windowSeconds() + " s is spent; retry after "
                        + decision.retryAfterSeconds() + " s", null, request.getUriInfo());
        return Response.fromResponse(refused).header("Retry-After", decision.retryAfterSeconds()).build();
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
            response.getHeaders().putSingle(RATE_LIMIT_POLICY, "\"" + d.policy() + "\";q=" + d.quota() + ";w=" + d.windowSeconds());
            response.getHeaders().putSingle(RATE_LIMIT, "\"" + d.policy() + "\";r=" + d.remaining() + ";t=" + d.resetSeconds());
        }
    }

    private record Caller(String key, CallerClass kind) {}

    /**
     * A person by their subject; a partner's or integrator's API client by its client id (so a
     * stolen secret spends one budget, whoever holds it); a call without a token by its address's
     * keyed hash (no address is stored).
     */
    private Caller caller(HttpServerRequest http) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
            return new Caller("address:" + cipher.index(FieldCipher.BlindIndex.RATE_LIMIT_ADDRESS, address), CallerClass.ANONYMOUS);
        }
        String username = token.getClaim("preferred_username");
        boolean apiClient = username != null && username.startsWith("service-account-");
        boolean partner = identity.hasRole(Roles.PARTNER);
        if (apiClient) {
            String client = token.getClaim("azp");
            return new Caller("client:" + (client != null ? client : token.getSubject()), partner ? CallerClass.PARTNER : CallerClass.INTEGRATOR);
        }
        boolean staff = Roles.ALL.stream().anyMatch(r -> !r.equals(Roles.PARTNER) && identity.hasRole(r));
        return new Caller("user:" + token.getSubject(), partner && !staff ? CallerClass.PARTNER : CallerClass.STAFF);
    }
}
