package org.safereturn.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak that bin/test starts: the password grant of the
 * demo realm's test client for users, client credentials for API clients. Cached per run.
 */
public final class Tokens {
    public static final String KEYCLOAK = System.getProperty("safereturn.test.keycloak",
            System.getenv().getOrDefault("SAFERETURN_TEST_KEYCLOAK", "http://127.0.0.1:8190"));
    private static final String TOKEN_URL = KEYCLOAK + "/realms/safereturn/protocol/openid-connect/token";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A demo user's access token (users: admin, supervisor, worker, operator, partner, analyst, coordinator). */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, k -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "safereturn-test")
                .formParam("client_secret", "safereturn-test-secret")
                .formParam("username", username)
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token"));
    }

    /** An API client's access token by client credentials. */
    public static String client(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, k -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token"));
    }

    public static String blueDragon() {
        return client("blue-dragon-api", "blue-dragon-demo-secret");
    }

    public static String worldVision() {
        return client("world-vision-api", "world-vision-demo-secret");
    }

    /** The donor's reports client, whose agreement allows a few aggregates at threshold 10. */
    public static String donorReports() {
        return client("world-vision-reports", "wv-reports-demo-secret");
    }

    public static String integrator() {
        return client("safereturn-reports", "reports-demo-secret");
    }
}
