package org.safereturn.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safereturn.common.error.Problem;

/**
 * A request line longer than {@link #MAX_URI_CHARS} is answered 414 as problem+json before any
 * routing. The HTTP layer itself answers an over-long line with a bare 414 and no body; its
 * limit (quarkus.http.limits.max-initial-line-length) is set far above this one, at the size a
 * request body may have, so a client meets this answer first.
 */
@ApplicationScoped
public class RequestLineLimit {
    /** Far beyond any URI this API makes: the longest filters and cursors fit in 2,000. */
    public static final int MAX_URI_CHARS = 8192;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            if (rc.request().uri().length() <= MAX_URI_CHARS) {
                rc.next();
                return;
            }
            Problem body = new Problem(Problem.typeOf("request.uri-too-long"), "URI too long", 414,
                    "The request's URI has " + rc.request().uri().length() + " characters; at most " + MAX_URI_CHARS
                            + " are accepted. Send long filters in a POST body (e.g. POST …/search).",
                    null, "request.uri-too-long", null);
            try {
                rc.response().setStatusCode(414).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        });
    }
}
