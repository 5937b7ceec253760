import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The backend as a benchmark sees it: requests with a real token from Keycloak, renewed before
 * it expires (tokens live five minutes; a bench run may last longer).
 */
final class Api {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String baseUrl;
    private final String tokenUrl;
    private final Map<String, String> grant;
    private final HttpClient http;
    private volatile String token;
    private volatile long tokenAt;

    private Api(String apiUrl, String keycloakUrl, Map<String, String> grant, int connections) {
        this.baseUrl = apiUrl;
        this.tokenUrl = keycloakUrl + "/realms/safereturn/protocol/openid-connect/token";
        this.grant = grant;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A demo user signed in through the test client's password grant (demo realm only). */
    static Api asUser(String apiUrl, String keycloakUrl, String username, int connections) {
        return new Api(apiUrl, keycloakUrl, Map.of("grant_type", "password", "client_id", "safereturn-test",
                "client_secret", "safereturn-test-secret", "username", username, "password", "demo"), connections);
    }

    /** A partner or integrator client with its own credentials. */
    static Api asClient(String apiUrl, String keycloakUrl, String clientId, String secret, int connections) {
        return new Api(apiUrl, keycloakUrl, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret), connections);
    }

    String token() throws Exception {
        if (token == null || System.currentTimeMillis() - tokenAt > 200_000) {
            synchronized (this) {
                if (token == null || System.currentTimeMillis() - tokenAt > 200_000) {
                    String form = grant.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = ACCESS_TOKEN.matcher(r.body());
                    if (r.statusCode() != 200 || !m.find()) {
                        throw new IllegalStateException("no token from Keycloak: " + r.statusCode() + " " + r.body());
                    }
                    token = m.group(1);
                    tokenAt = System.currentTimeMillis();
                }
            }
        }
        return token;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
    }

    /** A string as a JSON string literal. */
    static String json(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
