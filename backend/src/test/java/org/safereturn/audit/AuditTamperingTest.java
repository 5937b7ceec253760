package org.safereturn.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.OwnerDatabase;

@QuarkusTest
class AuditTamperingTest {
    @Inject
    AgroalDataSource db;
    @Inject
    AuditSealer sealer;
    @Inject
    AuditCheckpoints checkpoints;

    @Test
    void theApplicationsOwnDatabaseRoleMayNeitherChangeNorDeleteAuditEvents() throws Exception {
        newEvent();
        try (var c = db.getConnection(); var s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET reason = 'x' WHERE id = (SELECT max(id) FROM audit_event)"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_checkpoint"));
            // It may still add events, and seal them through the owner's function.
            s.executeQuery("SELECT audit_seal(10)").close();
        }
    }

    @Test
    void deletingTheNewestEventsIsFoundAgainstTheSignedCheckpointAndTheGapNamed() throws Exception {
        newEvent();
        newEvent();
        drain();
        AuditCheckpoint signed = checkpoints.write().orElseThrow();
        as("admin").get("/api/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true))
                .body("checkpoint.chainPosition", equalTo((int) signed.chainPosition)).body("checkpoint.signatureValid", equalTo(true));

        // A database writer with the owner's rights removes the two newest events and keeps copies to put back.
        try (var c = OwnerDatabase.connect(); var s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_event WHERE chain_position > " + (signed.chainPosition - 2));
            assertEquals(2, s.executeUpdate("DELETE FROM audit_event WHERE chain_position > " + (signed.chainPosition - 2)));
            try {
                as("supervisor").get("/api/v1/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("missingFromPosition", equalTo((int) signed.chainPosition - 1))
                        .body("missingToPosition", equalTo((int) signed.chainPosition))
                        .body("problem", containsString("missing"));
            } finally {
                s.execute("INSERT INTO audit_event SELECT * FROM removed");
            }
        }
        as("admin").get("/api/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aForgedCheckpointIsFound() throws Exception {
        newEvent();
        drain();
        checkpoints.write();
        try (var c = OwnerDatabase.connect(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_checkpoint SET event_count = event_count + 1 WHERE id = (SELECT max(id) FROM audit_checkpoint)");
            try {
                as("admin").get("/api/v1/audit/verification").then().statusCode(200).body("valid", equalTo(false))
                        .body("checkpoint.signatureValid", equalTo(false));
            } finally {
                s.executeUpdate("UPDATE audit_checkpoint SET event_count = event_count - 1 WHERE id = (SELECT max(id) FROM audit_checkpoint)");
            }
        }
    }

    private static void newEvent() {
        as("admin").body(Map.of("nameVi", "Tổ chức kiểm tra " + UUID.randomUUID(), "kind", "NGO")).post("/api/v1/organizations")
                .then().statusCode(201);
    }

    private void drain() {
        while (sealer.seal() > 0) {
            // until everything committed is sealed
        }
    }
}
