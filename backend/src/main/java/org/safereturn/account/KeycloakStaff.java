package org.safereturn.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.safereturn.common.error.ProblemException;

/**
 * Reads an organization's users and their realm roles from Keycloak's admin API, as the
 * backend's own service account (client credentials; realm-management view-users and
 * query-users, nothing more). Answers are kept for a short while: staff change rarely, and
 * assignment dialogs open often.
 */
@ApplicationScoped
class KeycloakStaff {
    private static final Logger LOG = Logger.getLogger(KeycloakStaff.class);
    private static final int MAX_MEMBERS = 1000;

    /** A user as the admin API gives it, with the attributes and realm roles we read. */
    record Member(String subject, String username, String firstName, String lastName, boolean enabled, List<String> organizations,
                  Set<String> realmRoles) {}

    private record Cached(List<Member> members, Instant until) {}

    private record Token(String value, Instant until) {}

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;
    @ConfigProperty(name = "safereturn.staff.client-id")
    String clientId;
    @ConfigProperty(name = "safereturn.staff.client-secret")
    String clientSecret;
    @ConfigProperty(name = "safereturn.staff.cache-seconds", defaultValue = "60")
    int cacheSeconds;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<UUID, Cached> byOrganization = new ConcurrentHashMap<>();
    private volatile Token token;

    /** The users whose {@code org} attribute names the organization; throws a 503 problem when Keycloak cannot answer. */
    List<Member> ofOrganization(UUID organizationId) {
        Instant now = clock.instant();
        Cached cached = byOrganization.get(organizationId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.members();
        }
        List<Member> members = fetch(organizationId);
        byOrganization.put(organizationId, new Cached(members, now.plusSeconds(cacheSeconds)));
        return members;
    }

    private List<Member> fetch(UUID organizationId) {
        String url = adminUrl() + "/users?briefRepresentation=false&first=0&max=" + MAX_MEMBERS
                + "&q=" + URLEncoder.encode("org:" + organizationId, StandardCharsets.UTF_8);
        List<Member> members = new ArrayList<>();
        for (JsonNode u : get(url, true)) {
            List<String> orgs = new ArrayList<>();
            u.path("attributes").path("org").forEach(o -> orgs.add(o.asText()));
            if (!orgs.contains(organizationId.toString())) {
                continue; // the search may match more loosely than we need
            }
            String id = u.path("id").asText();
            Set<String> roles = new TreeSet<>();
            for (JsonNode role : get(adminUrl() + "/users/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/role-mappings/realm/composite", true)) {
                roles.add(role.path("name").asText());
            }
            members.add(new Member(id, u.path("username").asText(), text(u, "firstName"), text(u, "lastName"),
                    u.path("enabled").asBoolean(true), orgs, roles));
        }
        return members;
    }

    private JsonNode get(String url, boolean retryOnUnauthorized) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + accessToken()).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 && retryOnUnauthorized) {
                token = null;
                return get(url, false);
            }
            if (response.statusCode() != 200) {
                throw unavailable("Keycloak answered " + response.statusCode() + " to the staff query", null);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable("Keycloak could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Interrupted while reading Keycloak", e);
        }
    }

    private String accessToken() throws IOException, InterruptedException {
        Token current = token;
        if (current != null && current.until().isAfter(clock.instant())) {
            return current.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(trimmedRealmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw unavailable("Keycloak refused the backend's staff client (" + response.statusCode() + ")", null);
        }
        JsonNode body = json.readTree(response.body());
        long lifetime = Math.max(10, body.path("expires_in").asLong(60) - 10);
        token = new Token(body.path("access_token").asText(), clock.instant().plusSeconds(lifetime));
        return token.value();
    }

    /** {@code http://host/realms/x} becomes {@code http://host/admin/realms/x}. */
    private String adminUrl() {
        String realm = trimmedRealmUrl();
        int at = realm.lastIndexOf("/realms/");
        if (at < 0) {
            throw unavailable("quarkus.oidc.auth-server-url does not name a realm", null);
        }
        return realm.substring(0, at) + "/admin" + realm.substring(at);
    }

    private String trimmedRealmUrl() {
        return realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Keycloak could not tell who the staff are: 503, with the cause in the log only. */
    private static ProblemException unavailable(String message, Exception cause) {
        LOG.warn(message, cause);
        return new ProblemException(503, "staff.unavailable", "Staff directory unavailable",
                "The list of staff cannot be read just now. Please try again in a minute.");
    }
}
