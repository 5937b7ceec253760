package org.safereturn.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Budgets small enough to spend in a test: a partner's API client has 5 requests a minute, a call without a token 3. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("safereturn.rate-limit.partner.requests", "5", "safereturn.rate-limit.anonymous.requests", "3",
                    "safereturn.rate-limit.integrator.requests", "4");
        }
    }

    @Inject
    AgroalDataSource db;

    @Test
    void aPartnerClientInALoopIsRefusedWith429RetryAfterAndRateLimitHeadersWhileStaffAreStillServed() throws Exception {
        String partner = Tokens.blueDragon();
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ExtractableResponse<Response> r = asToken(partner).queryParam("direction", "incoming").get("/api/v1/referrals").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"partner\";q=5;w=60")).extract();
            remaining.add(r.header("RateLimit"));
        }
        assertEquals("\"partner\";r=4", remaining.get(0).substring(0, remaining.get(0).indexOf(";t=")));
        assertEquals("\"partner\";r=0", remaining.get(4).substring(0, remaining.get(4).indexOf(";t=")));

        ExtractableResponse<Response> refused = problem(asToken(partner).queryParam("direction", "incoming").get("/api/v1/referrals").then(),
                429, "rate-limit.exceeded").header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit", matchesPattern("\"partner\";r=0;t=[0-9]+")).extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "a token comes back every 12 s: " + retryAfter);
        // Writes are refused too, before they change anything.
        problem(asToken(partner).body(Map.of("text", "spam")).post("/api/v1/referrals/" + UUID.randomUUID() + "/comments").then(),
                429, "rate-limit.exceeded");

        // Another caller's budget is its own.
        as("worker").get("/api/v1/me").then().statusCode(200).header("RateLimit-Policy", matchesPattern("\"staff\";q=[0-9]+;w=60"));
        asToken(Tokens.worldVision()).queryParam("direction", "incoming").get("/api/v1/referrals").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"partner\";r=4;t=[0-9]+"));
    }

    @Test
    void theBucketLivesInPostgresqlSoAnotherBackendCopyFindsItSpent() throws Exception {
        String integrator = Tokens.integrator();
        for (int i = 0; i < 4; i++) {
            asToken(integrator).get("/api/v1/me").then().statusCode(200).header("RateLimit-Policy", equalTo("\"integrator\";q=4;w=60"));
        }
        String key;
        try (Connection c = db.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT id FROM rate_limit_bucket WHERE id LIKE 'integrator:4/60s:client:%'")) {
            assertTrue(r.next(), "the integrator's bucket is a row");
            key = r.getString(1);
        }
        // A second copy of the backend: its own Bucket4j over the same table, no memory shared.
        var otherCopy = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at").build();
        var bucket = otherCopy.getProxy(key, () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(4).refillGreedy(4, Duration.ofMinutes(1))).build());
        assertFalse(bucket.tryConsume(1), "the other copy finds the budget spent");
        problem(asToken(integrator).get("/api/v1/me").then(), 429, "rate-limit.exceeded");
    }

    @Inject
    RateLimiter limiter;

    @Test
    void aCopyTakesTheNextTokenAheadForAnActiveCallerAndGivesAnIdleCallersShareBack() {
        String donor = Tokens.donorReports(); // an integrator's client: 4 a minute here, a share of one token
        String bucket = "integrator:4/60s:client:world-vision-reports";
        asToken(donor).get("/api/v1/me").then().statusCode(200).header("RateLimit", matchesPattern("\"integrator\";r=3;t=[0-9]+"));
        limiter.topUp(); // (the background thread does the same every 200 ms)
        assertEquals(2, available(bucket), "the spent share's next token is taken ahead");
        limiter.topUp();
        assertEquals(2, available(bucket), "a full share takes nothing more");
        limiter.giveBackAll();
        assertEquals(3, available(bucket), "the unspent token goes back to the shared bucket");
        asToken(donor).get("/api/v1/me").then().statusCode(200).header("RateLimit", matchesPattern("\"integrator\";r=2;t=[0-9]+"));
    }

    private long available(String key) {
        var otherCopy = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at").build();
        return otherCopy.getProxy(key, () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(4).refillGreedy(4, Duration.ofMinutes(1))).build()).getAvailableTokens();
    }

    @Test
    void callsWithoutATokenSpendTheirAddressesBudgetSoExportLinksCannotBeGuessedInALoop() throws Exception {
        for (int i = 0; i < 3; i++) {
            problem(given().queryParam("key", "guess-" + i).get("/api/reports/exports/" + UUID.randomUUID() + "/file").then(), 404, "resource.not-found")
                    .header("RateLimit-Policy", equalTo("\"anonymous\";q=3;w=60"));
        }
        problem(given().queryParam("key", "guess-4").get("/api/reports/exports/" + UUID.randomUUID() + "/file").then(), 429, "rate-limit.exceeded");
        // No address is stored: the bucket is named by its keyed hash.
        try (Connection c = db.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT id FROM rate_limit_bucket WHERE id LIKE 'anonymous:3/60s:%'")) {
            assertTrue(r.next());
            assertTrue(r.getString(1).matches("anonymous:3/60s:address:[0-9a-f]{64}"), r.getString(1));
            assertFalse(r.getString(1).contains("127.0.0.1"));
        }
        // Health and the contract are not API calls: never limited.
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/live").then().statusCode(200);
        }
    }
}
