package org.safereturn.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The URL policy, the signature and the retry schedule, without a server. */
class WebhookRulesTest {
    private static final Map<String, String> DNS = Map.of(
            "partner.example.org", "93.184.216.34",
            "intranet.example.org", "10.20.30.40",
            "metadata.example.org", "169.254.169.254",
            "cgnat.example.org", "100.64.1.1",
            "v6.example.org", "2606:4700::6810:85e5",
            "v6-private.example.org", "fd12:3456::1",
            "mapped.example.org", "::ffff:192.168.1.10");

    private final WebhookTargets targets = new WebhookTargets(List.of("127.0.0.1"), host -> {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.:a-f]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            if (host.equals("localhost")) {
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    });

    @Test
    void onlyHttpsToPublicAddressesIsAccepted() {
        assertTrue(targets.refusal("https://partner.example.org/safereturn/hook").isEmpty());
        assertTrue(targets.refusal("https://v6.example.org/hook").isEmpty());
        assertEquals("must use HTTPS", targets.refusal("http://partner.example.org/hook").orElseThrow());
        assertEquals("must use HTTPS", targets.refusal("ftp://partner.example.org/hook").orElseThrow());
        for (String internal : List.of("https://intranet.example.org/", "https://metadata.example.org/latest", "https://cgnat.example.org/",
                "https://v6-private.example.org/", "https://mapped.example.org/", "https://localhost/", "https://127.0.0.2/",
                "https://192.168.0.1/", "https://172.16.5.4/", "https://[::1]/", "https://0.0.0.0/")) {
            assertEquals("points to a private or internal address", targets.refusal(internal).orElseThrow(), internal);
        }
        assertEquals("has a host name that does not resolve", targets.refusal("https://nowhere.invalid/").orElseThrow());
        assertFalse(targets.refusal("https://user:pw@partner.example.org/").isEmpty());
        assertFalse(targets.refusal("not a url").isEmpty());
        assertFalse(targets.refusal("/relative/path").isEmpty());
    }

    @Test
    void aHostNamedForTestsMayUsePlainHttpOnLoopback() {
        assertTrue(targets.refusal("http://127.0.0.1:8089/hook").isEmpty());
        assertEquals("must use HTTPS", new WebhookTargets(List.of(), h -> new InetAddress[] {InetAddress.getByName(h)})
                .refusal("http://127.0.0.1:8089/hook").orElseThrow());
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // Computed independently: HMAC-SHA256("whsec_test-secret", "1700000000." + body).
        assertEquals("v1=47041436ce604f75389399f3cfe1e1520b5d51c61ece946cd73d8c7506a3b3ae",
                WebhookSigner.signature("whsec_test-secret", 1_700_000_000L, "{\"id\":\"e1\",\"type\":\"referral.sent\"}"));
        String secret = WebhookSigner.newSecret();
        assertTrue(secret.startsWith("whsec_") && secret.length() >= 40);
        assertFalse(secret.equals(WebhookSigner.newSecret()));
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLimit() {
        Duration base = Duration.ofSeconds(10), max = Duration.ofHours(1);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long expected = Math.min(10_000L << (attempt - 1), 3_600_000L);
            long wait = WebhookDispatcher.backoff(attempt, base, max).toMillis();
            assertTrue(wait >= expected * 0.8 - 1 && wait <= expected * 1.2 + 1, "attempt " + attempt + ": " + wait);
        }
    }

    @Test
    void privateAddressesHiddenInIpv6FormsAreRefusedToo() throws Exception {
        for (String address : new String[] {"64:ff9b::a00:1", "64:ff9b::7f00:1", "2002:c0a8:0101::1", "2002:a00:1::", "::10.0.0.1",
                "::ffff:192.168.1.1", "64:ff9b::a9fe:a9fe"}) {
            org.junit.jupiter.api.Assertions.assertTrue(WebhookTargets.internal(java.net.InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"64:ff9b::808:808", "2002:808:808::1", "2606:4700::1111", "8.8.8.8"}) {
            org.junit.jupiter.api.Assertions.assertFalse(WebhookTargets.internal(java.net.InetAddress.getByName(address)), address);
        }
    }

    @Test
    void aDeliveryConnectsToTheAddressTheCheckResolvedAndNamesTheHost() throws Exception {
        // "hooks.partner.test" resolves nowhere but through the check's resolver, so the request can
        // only arrive if the sender connects to the checked address instead of resolving the name again.
        var received = new java.util.concurrent.CompletableFuture<String>();
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.complete(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI()
                    + " " + new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        int[] lookups = {0};
        WebhookTargets pinned = new WebhookTargets(List.of("hooks.partner.test"), host -> {
            lookups[0]++;
            return new InetAddress[] {InetAddress.getByName(lookups[0] == 1 ? "127.0.0.1" : "10.9.9.9")};
        });
        try (WebhookSender sender = new WebhookSender(vertx, Duration.ofSeconds(2))) {
            int port = server.getAddress().getPort();
            WebhookTargets.Checked target = pinned.check("http://hooks.partner.test:" + port + "/hook?x=1");
            assertEquals(null, target.refusal());
            int status = sender.post(target, Map.of("Content-Type", "application/json"), "{\"ok\":true}", Duration.ofSeconds(2));
            assertEquals(204, status);
            assertEquals("hooks.partner.test:" + port + " /hook?x=1 {\"ok\":true}", received.get(5, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, lookups[0], "the name is resolved once, by the check");
        } finally {
            server.stop(0);
            vertx.close().toCompletionStage().toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
