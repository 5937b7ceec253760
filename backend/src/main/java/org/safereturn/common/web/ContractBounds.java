package org.safereturn.common.web;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.safereturn.common.ratelimit.RateLimitFilter;

/**
 * Makes the contract state the limits the server enforces, so that gateways and generated
 * clients (and the OWASP API Security rules) can rely on them: the rate-limit headers on every
 * answer, and a bound on every string, integer and array. A bound an annotation gives
 * (@Size, @Min, @Max) stays; otherwise the bound is the one the server enforces for every value
 * of that kind: a request line of {@link RequestLineLimit#MAX_URI_CHARS} characters for query and
 * path parameters, the HTTP layer's header size for header parameters, the JSON reader's longest
 * string ({@link JsonLimits#MAX_STRING_CHARS}) for bodies, the range of the integer's format.
 */
final class ContractBounds {
    static final String HEADERS = "#/components/headers/";
    /** The HTTP layer's limit on a request's headers (quarkus.http.limits.max-header-size, 20K by default). */
    static final int MAX_HEADER_CHARS = 20_480;
    /** The most elements any list the API answers or takes may have: pages hold 200, reference lists a few thousand. */
    static final int MAX_ITEMS = 100_000;

    private ContractBounds() {}

    static void apply(OpenAPI api) {
        declareHeaders(api);
        api.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.setDescription(
                "A JWT access token of the SafeReturn realm (Keycloak), sent as `Authorization: Bearer`. Handled as RFC8725 "
                        + "(JSON Web Token Best Current Practices) asks: the signature is verified against the realm's published keys "
                        + "with the algorithm they name, never `none`; issuer, audience (`safereturn-api`) and expiry are checked; "
                        + "roles come from realm_access.roles and the organization from the `org` claim."));
        if (api.getInfo() != null && api.getInfo().getLicense() != null) {
            api.getInfo().getLicense().setIdentifier("LicenseRef-SafeReturn-Partners");
        }
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("production: this SafeReturn installation's API, for its staff, partners and integrators")
                .addExtension("x-internal", false)));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> bound(s, JsonLimits.MAX_STRING_CHARS, seen));
        }
        api.getComponents().getHeaders().values().forEach(h -> bound(h.getSchema(), MAX_HEADER_CHARS, seen));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (path.startsWith("/api/v1/admin/")) {
                op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", rolesOf(op))));
            }
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    bound(p.getSchema(), p.getIn() == Parameter.In.HEADER ? MAX_HEADER_CHARS : RequestLineLimit.MAX_URI_CHARS, seen);
                }
            }
            if (op.getRequestBody() != null) {
                bound(op.getRequestBody().getContent(), seen);
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((status, response) -> {
                    bound(response.getContent(), seen);
                    if (path.startsWith("/api/") && (status.startsWith("2") || status.startsWith("4"))) {
                        rateLimitHeaders(response);
                    }
                    // A cross-origin caller reads any answer's headers only with this one.
                    if (response.getHeaders() != null && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
                        response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader().ref(HEADERS + "Access-Control-Allow-Origin"));
                    }
                });
            }
        }));
    }

    /**
     * The roles an operation's description names ("Roles: admin, analyst."): the security
     * requirement of an administration operation lists them, so it differs from every other's.
     */
    private static List<String> rolesOf(Operation op) {
        String description = op.getDescription() == null ? "" : op.getDescription();
        int at = description.lastIndexOf("Roles:");
        if (at < 0) {
            return List.of("admin");
        }
        return java.util.Arrays.stream(description.substring(at + "Roles:".length()).split("[,.]"))
                .map(String::trim).filter(r -> r.matches("[a-z-]+")).toList();
    }

    private static void declareHeaders(OpenAPI api) {
        if (api.getComponents().getHeaders() != null && api.getComponents().getHeaders().containsKey(RateLimitFilter.RATE_LIMIT)) {
            return;
        }
        api.getComponents().addHeader(RateLimitFilter.RATE_LIMIT, OASFactory.createHeader()
                .description("What is left of the caller's budget (IETF RateLimit header fields): the policy's name, r = requests left, "
                        + "t = seconds until the budget is whole again. Sent when the budget was checked.")
                .schema(text(100, "^\\\"[a-z]+\\\";r=[0-9]+;t=[0-9]+$")).example("\"partner\";r=87;t=17"));
        api.getComponents().addHeader(RateLimitFilter.RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("The caller's budget: q = requests per window, w = the window in seconds, refilled evenly. "
                        + "Budgets: staff 600, partner 120, integrator 60, calls without a token 60 per minute (configurable).")
                .schema(text(100, "^\\\"[a-z]+\\\";q=[0-9]+;w=[0-9]+$")).example("\"partner\";q=120;w=60"));
        api.getComponents().addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before the next request can be served")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))).example(12));
        api.getComponents().addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("On a cross-origin request from an allowed origin (the SPA's): that origin")
                .schema(text(2048, "^\\S+$").format("uri")));
    }

    private static void rateLimitHeaders(APIResponse response) {
        Map<String, Header> headers = response.getHeaders();
        if (headers != null && headers.containsKey(RateLimitFilter.RATE_LIMIT)) {
            return;
        }
        for (String name : List.of(RateLimitFilter.RATE_LIMIT, RateLimitFilter.RATE_LIMIT_POLICY, "Access-Control-Allow-Origin")) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static Schema text(int max, String pattern) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(max).pattern(pattern);
    }

    private static void bound(Content content, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().forEach((type, m) -> {
                // A JSON body's strings are read by the JSON reader; a file (an upload, a PDF, an
                // export of years of records) is one string as long as the file.
                boolean json = type.endsWith("json");
                bound(m.getSchema(), json ? JsonLimits.MAX_STRING_CHARS : Integer.MAX_VALUE, seen);
            });
        }
    }

    /** Bounds one schema and everything in it; {@code maxChars} is the longest string this place can carry. */
    private static void bound(Schema s, int maxChars, Set<Schema> seen) {
        if (s == null || s.getRef() != null || !seen.add(s)) {
            return;
        }
        List<Schema.SchemaType> types = s.getType() == null ? List.of() : s.getType();
        if (types.contains(Schema.SchemaType.STRING) && s.getMaxLength() == null && s.getEnumeration() == null && s.getConstValue() == null) {
            s.setMaxLength(switch (s.getFormat() == null ? "" : s.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> maxChars;
            });
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(s.getFormat());
            if (s.getMinimum() == null && s.getExclusiveMinimum() == null) {
                s.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (s.getMaximum() == null && s.getExclusiveMaximum() == null) {
                s.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY) && s.getMaxItems() == null) {
            s.setMaxItems(MAX_ITEMS);
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> bound(p, maxChars, seen));
        }
        bound(s.getItems(), maxChars, seen);
        bound(s.getAdditionalPropertiesSchema(), maxChars, seen);
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(g -> bound(g, maxChars, seen));
            }
        }
    }
}
