package org.safereturn.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Posts one delivery to the address its URL was checked against. The connection goes to that
 * address, while the request still names the host (Host header, TLS server name and certificate
 * check), so the name is resolved once per delivery, by the check, and never again by the client.
 */
final class WebhookSender implements AutoCloseable {
    private final HttpClient client;

    WebhookSender(Vertx vertx, Duration connectTimeout) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    /** The status code the endpoint answered; throws when it could not be reached in time. */
    int post(WebhookTargets.Checked target, Map<String, String> headers, String body, Duration timeout) throws Exception {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(target.ssl())
                .setHost(target.host())
                .setPort(target.port())
                .setURI(target.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        try {
            return client.request(options)
                    .compose(request -> request.send(body))
                    .compose(response -> response.end().map(ignored -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
