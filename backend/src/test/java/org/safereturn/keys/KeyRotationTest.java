package org.safereturn.keys;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyRotationTest {
    static final String NARRATIVE = "She was taken to a karaoke bar across the border and escaped after a month.";

    @Inject
    EntityManager em;

    static String openCase() {
        Map<String, Object> intake = new HashMap<>(Map.of("channel", "POLICE_HANDOVER", "receivedAt", OffsetDateTime.now().minusHours(1).toString(),
                "person", Map.of("fullName", "Lường Thị Khóa " + UUID.randomUUID().toString().substring(0, 6), "sex", "FEMALE", "estimatedAge", 20),
                "category", "PRESUMED_VICTIM", "narrative", NARRATIVE));
        return as("worker").body(intake).post("/api/v1/intakes").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNarrativeMovedToAnotherCaseInTheDatabaseFailsToDecryptAndShowsNothing() {
        String from = openCase();
        String to = openCase();
        sql("UPDATE case_file SET narrative_enc = (SELECT narrative_enc FROM case_file WHERE id = CAST('" + from + "' AS uuid)) WHERE id = CAST('" + to + "' AS uuid)");
        problem(as("worker").get("/api/v1/cases/" + to).then(), 500, "data.integrity-failed")
                .body(not(containsString("karaoke")));
        as("worker").get("/api/v1/cases/" + from).then().statusCode(200).body("narrative", equalTo(NARRATIVE));
    }

    @Test
    void theJobMovesValuesWrittenUnderAnEarlierFormToTheCurrentKeyAndTheyStillRead() throws Exception {
        String id = openCase();
        sql("UPDATE case_file SET narrative_enc = '" + legacy(NARRATIVE) + "' WHERE id = CAST('" + id + "' AS uuid)");
        as("worker").get("/api/v1/cases/" + id).then().statusCode(200).body("narrative", equalTo(NARRATIVE));

        String job = as("admin").post("/api/v1/admin/reencryptions").then().statusCode(202)
                .body("keyId", equalTo("k1")).extract().path("id");
        String status = "RUNNING";
        for (int i = 0; i < 120 && "RUNNING".equals(status); i++) {
            Thread.sleep(250);
            status = as("admin").get("/api/v1/admin/reencryptions/" + job).then().statusCode(200).extract().path("status");
        }
        assertEquals("DONE", status);
        as("admin").get("/api/v1/admin/reencryptions/" + job).then().body("percent", equalTo(100));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT narrative_enc FROM case_file WHERE id = CAST(?1 AS uuid)").setParameter(1, id).getSingleResult());
        assertTrue(stored.startsWith("v2:k1:"), stored);
        as("worker").get("/api/v1/cases/" + id).then().statusCode(200).body("narrative", equalTo(NARRATIVE));
        as("admin").get("/api/v1/admin/reencryptions").then().statusCode(200).body("currentKeyId", equalTo("k1"));
    }

    @Test
    void theJobRehashesDocumentsWhoseHashWasThePlainSha256() throws Exception {
        String id = openCase();
        byte[] pdf = "%PDF-1.4 bench".getBytes(StandardCharsets.UTF_8);
        String keyed = io.restassured.RestAssured.given().auth().oauth2(org.safereturn.testing.Tokens.user("worker")).contentType("application/pdf")
                .body(pdf).queryParam("kind", "OTHER").post("/api/v1/cases/" + id + "/documents").then().statusCode(201).extract().path("contentHash");
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        sql("UPDATE case_document SET content_hash = '" + plain + "', content_hash_keyed = false WHERE case_id = CAST('" + id + "' AS uuid)");
        String job = as("admin").post("/api/v1/admin/reencryptions").then().statusCode(202).extract().path("id");
        String status = "RUNNING";
        for (int i = 0; i < 120 && "RUNNING".equals(status); i++) {
            Thread.sleep(250);
            status = as("admin").get("/api/v1/admin/reencryptions/" + job).then().statusCode(200).extract().path("status");
        }
        assertEquals("DONE", status);
        as("worker").get("/api/v1/cases/" + id + "/documents").then().statusCode(200).body("items[0].contentHash", equalTo(keyed));
    }

    @Test
    void aSecondJobWhileOneRunsIsRefusedAndOnlyAdminsMayStartOne() {
        UUID running = UUID.randomUUID();
        // A job another copy is running (it names a key this copy does not have, so this copy's worker leaves it alone).
        sql("INSERT INTO crypto_reencryption (id, key_id, status, rows_total, started_at, started_by_name) VALUES ('"
                + running + "', 'k0', 'RUNNING', 0, now(), 'test')");
        try {
            problem(as("admin").post("/api/v1/admin/reencryptions").then(), 409, "crypto.reencryption-running");
        } finally {
            sql("DELETE FROM crypto_reencryption WHERE id = '" + running + "'");
        }
        for (String user : new String[] {"worker", "supervisor", "analyst", "operator"}) {
            problem(as(user).post("/api/v1/admin/reencryptions").then(), 403, "auth.forbidden");
        }
        problem(as("admin").get("/api/v1/admin/reencryptions/" + UUID.randomUUID()).then(), 404, "resource.not-found");
    }

    @Test
    void everyEncryptedColumnOfTheSchemaIsListedForTheJob() {
        @SuppressWarnings("unchecked")
        var inSchema = new TreeSet<String>(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name LIKE '%\\_enc'""").getResultList()));
        var listed = new TreeSet<String>(EncryptedColumns.ALL.stream().map(EncryptedColumns.Column::field).toList());
        assertEquals(inSchema, listed);
    }

    /** A value as written before key ids and binding: the raw data key, no additional data. */
    static String legacy(String plaintext) throws Exception {
        byte[] key = Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("safereturn.crypto.data-key", String.class));
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = gcm.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
