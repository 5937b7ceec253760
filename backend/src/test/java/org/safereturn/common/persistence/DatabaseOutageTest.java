package org.safereturn.common.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.asToken;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.safereturn.audit.AuditSealer;
import org.safereturn.testing.Tokens;

/**
 * The database may fail: the test's own PostgreSQL is killed (as a crash would) under a write
 * load, and brought back. bin/test names the cluster (safereturn.test.pg-dir, -port).
 */
@QuarkusTest
class DatabaseOutageTest {
    private record Answer(int status, String code, long millis, String noteId) {}

    @Inject
    AgroalDataSource db;
    @Inject
    AuditSealer sealer;

    @Test
    void whileThePostgresqlIsDownTheApiAnswers503FastNothingAcknowledgedIsLostAndItRecoversByItself() throws Exception {
        String dir = System.getProperty("safereturn.test.pg-dir");
        String port = System.getProperty("safereturn.test.pg-port");
        assertTrue(dir != null && port != null, "bin/test passes -Dsafereturn.test.pg-dir and -Dsafereturn.test.pg-port");
        String worker = Tokens.user("worker");
        String caseId = asToken(worker).body(Map.of("channel", "OUTREACH", "receivedAt", OffsetDateTime.now().minusHours(1).toString(),
                "person", Map.of("fullName", "Đinh Thị Sự Cố", "sex", "FEMALE", "estimatedAge", 30), "category", "AT_RISK"))
                .post("/api/v1/intakes").then().statusCode(201).extract().path("id");

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                int n = 0;
                while (writing.get()) {
                    long start = System.nanoTime();
                    Response r = asToken(worker).body(Map.of("text", "Ghi chú " + (n++))).post("/api/v1/cases/" + caseId + "/notes");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    boolean created = r.statusCode() == 201;
                    answers.add(new Answer(r.statusCode(), created ? null : r.jsonPath().getString("code"), millis, created ? r.jsonPath().getString("id") : null));
                }
                return null;
            });
        }
        Thread.sleep(1_000);
        try {
            outageAndReturn(dir, port, caseId, worker, answers, writing, writers);
        } finally {
            writing.set(false);
            writers.shutdownNow();
            pg("pg_start", dir, port); // whatever failed, the rest of the suite gets its database back
        }
    }

    private void outageAndReturn(String dir, String port, String caseId, String worker, List<Answer> answers, AtomicBoolean writing,
                                 ExecutorService writers) throws Exception {
        pg("pg_kill", dir);
        long killedAt = System.nanoTime();
        Thread.sleep(2_500);

        // Down: readiness says so, and every answer is a quick 503 problem+json.
        Response ready = given().get("/q/health/ready");
        assertEquals(503, ready.statusCode(), ready.asString());
        assertEquals("DOWN", ready.jsonPath().getString("status"));
        int before = answers.size();
        Thread.sleep(1_500);
        List<Answer> duringOutage = new ArrayList<>(answers.subList(before, answers.size()));
        assertFalse(duringOutage.isEmpty(), "requests were answered while the database was down");
        for (Answer a : duringOutage) {
            assertEquals(503, a.status(), "while down: " + a);
            assertEquals("service.unavailable", a.code(), "while down: " + a);
            assertTrue(a.millis() < 2_000, "answered within two seconds: " + a);
        }

        pg("pg_start", dir, port);
        long back = System.nanoTime();
        int atReturn = answers.size();
        long recoveredMillis = -1;
        while (System.nanoTime() - back < 20_000_000_000L) {
            List<Answer> since = new ArrayList<>(answers.subList(atReturn, answers.size()));
            if (since.stream().anyMatch(a -> a.status() == 201)) {
                recoveredMillis = (System.nanoTime() - back) / 1_000_000;
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(1_000);
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(recoveredMillis >= 0, "writes succeed again by themselves after the database returns");
        assertTrue(recoveredMillis < 10_000, "recovered within seconds: " + recoveredMillis + " ms");
        System.out.printf("database outage: down %d ms, writes back %d ms after PostgreSQL returned; %d answers, %d of them 503 (slowest %d ms)%n",
                (back - killedAt) / 1_000_000, recoveredMillis, answers.size(), answers.stream().filter(a -> a.status() == 503).count(),
                answers.stream().filter(a -> a.status() == 503).mapToLong(Answer::millis).max().orElse(0));

        // Every answer was a 201 or a 503, and every 201 is stored: nothing acknowledged was lost.
        List<Answer> all = new ArrayList<>(answers);
        for (Answer a : all) {
            assertTrue(a.status() == 201 || (a.status() == 503 && "service.unavailable".equals(a.code())), "only 201 or 503: " + a);
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        all.stream().filter(a -> a.status() == 201).forEach(a -> acknowledged.add(a.noteId()));
        Set<String> stored = new java.util.HashSet<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id FROM case_note WHERE case_id = ?")) {
            s.setObject(1, UUID.fromString(caseId));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
        }
        assertTrue(stored.containsAll(acknowledged), "every acknowledged note is stored (" + acknowledged.size() + ")");
        assertEquals(acknowledged.size(), stored.size(), "and none is stored twice or without its answer");

        // The background jobs resume: the sealer links what was written into the audit chain, once.
        long deadline = System.currentTimeMillis() + 10_000;
        Response verification;
        do {
            sealer.seal();
            verification = asToken(Tokens.user("supervisor")).get("/api/v1/audit/verification");
        } while (verification.jsonPath().getLong("awaitingSeal") > 0 && System.currentTimeMillis() < deadline);
        assertEquals(200, verification.statusCode());
        assertTrue(verification.jsonPath().getBoolean("valid"), verification.asString());
        assertEquals(0L, verification.jsonPath().getLong("awaitingSeal"));
    }

    /** Runs a function of bin/lib/postgres.sh on the test cluster. */
    private static void pg(String function, String... args) throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$0/bin/lib/common.sh\" && source \"$0/bin/lib/postgres.sh\" && " + function + " \"$@\"", root.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), function + " failed: " + out);
    }
}
