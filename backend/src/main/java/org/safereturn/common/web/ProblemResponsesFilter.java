package org.safereturn.common.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem+json answers every operation can give (401, 403, 404, 412, 422, …)
 * in one place, so each resource method states only what is particular to it.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // The codes a problem may carry, so that clients (the SPA's messages first) can cover them all.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            var problem = openAPI.getComponents().getSchemas().get("Problem");
            if (problem != null && problem.getProperties() != null && problem.getProperties().get("code") != null) {
                problem.getProperties().get("code").setEnumeration(new java.util.ArrayList<>(org.safereturn.common.error.ProblemCodes.ALL));
            }
        }
        // The codes of field errors, so that clients can word each.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            var field = openAPI.getComponents().getSchemas().get("FieldError");
            if (field != null && field.getProperties() != null && field.getProperties().get("code") != null) {
                field.getProperties().get("code").setEnumeration(new java.util.ArrayList<>(org.safereturn.common.error.FieldCodes.ALL));
            }
        }
        // The actions an audit event may name, so that readers can word each one.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            var event = openAPI.getComponents().getSchemas().get("AuditEvent");
            if (event != null && event.getProperties() != null && event.getProperties().get("action") != null) {
                event.getProperties().get("action").setEnumeration(new java.util.ArrayList<>(org.safereturn.audit.AuditActions.ALL));
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.getOperations().forEach((method, op) -> addProblems(path, method, op));
            });
        }
        ContractBounds.apply(openAPI);
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation op) {
        Map<String, String[]> problems = new LinkedHashMap<>();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        if (hasBody) {
            problems.put("400", new String[] {"request.malformed", "Malformed request body", "The body is not valid JSON for this operation"});
        }
        problems.put("401", new String[] {"auth.unauthenticated", "Sign-in required", "Send a valid bearer token from the SafeReturn realm"});
        problems.put("403", new String[] {"auth.forbidden", "Forbidden", "Your role may not perform this operation"});
        if (path.contains("{") || write) {
            problems.put("404", new String[] {"resource.not-found", "Not found", "Organization 3f0c… does not exist"});
        }
        boolean takesIfMatch = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (takesIfMatch) {
            problems.put("412", new String[] {"precondition.stale", "The record was changed by someone else", "Reload the record and apply your change again"});
            problems.put("428", new String[] {"precondition.required", "If-Match required", "Send the record's ETag in If-Match so that concurrent changes are not lost"});
        }
        if (hasBody) {
            problems.put("415", new String[] {"request.unsupported-media-type", "Unsupported Media Type", "Send the body as application/json"});
        }
        if (hasBody || method == PathItem.HttpMethod.GET) {
            problems.put("422", new String[] {"validation.failed", "The request is not valid", "1 field(s) are not valid"});
        }
        problems.put("429", new String[] {"rate-limit.exceeded", "Too many requests", "This caller's budget of 120 requests per 60 s is spent; retry after 12 s"});
        problems.put("500", new String[] {"internal", "Internal error", "Something went wrong on our side; quote incident …"});
        problems.put("503", new String[] {"service.unavailable", "Temporarily unavailable", "The database cannot be reached just now; nothing was changed. Try again in a few seconds."});
        problems.forEach((status, p) -> {
            APIResponse existing = op.getResponses().getAPIResponse(status);
            if (existing != null && existing.getContent() != null) {
                return; // the operation documents this one itself
            }
            // Ordered, so that the served document is the same on every start.
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", "urn:safereturn:problem:" + p[0]);
            value.put("title", p[1]);
            value.put("status", Integer.parseInt(status));
            value.put("detail", p[2]);
            value.put("code", p[0]);
            Example example = OASFactory.createExample().value(value);
            APIResponse response = OASFactory.createAPIResponse()
                    .description(p[1])
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                    .addExample(p[0], example)));
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref(ContractBounds.HEADERS + "Retry-After"));
            }
            op.getResponses().addAPIResponse(status, response);
        });
    }
}
