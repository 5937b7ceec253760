package org.safereturn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditSealerTest {
    @Inject
    AgroalDataSource db;
    @Inject
    AuditSealer sealer;

    @Test
    void anEventOfALateCommittingTransactionIsSealedBeforeTheEventsThatCommittedEarlier() throws Exception {
        drain();
        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            long early;
            try (var s = slow.createStatement()) {
                // This transaction takes its id first and commits last.
                var rs = s.executeQuery("""
                        INSERT INTO audit_event (occurred_at, actor_subject, actor_username, action, record_type, record_id)
                        VALUES (now(), 'test', 'test', 'TEST_SLOW_WRITE', 'TEST', 'slow') RETURNING id""");
                rs.next();
                early = rs.getLong(1);
            }
            String org = as("admin").body(Map.of("nameVi", "Tổ chức niêm phong " + UUID.randomUUID(), "kind", "NGO"))
                    .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
            sealer.seal();
            assertNull(position("ORGANIZATION", org), "sealed while an older transaction was still running");

            slow.commit();
            drain();
            Long slowAt = positionOf(early);
            Long orgAt = position("ORGANIZATION", org);
            assertNotNull(slowAt);
            assertNotNull(orgAt);
            assertTrue(slowAt < orgAt, "the older transaction's event comes first in the chain");
        }
        as("admin").get("/api/v1/audit/verification").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true)).body("awaitingSeal", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void sealingTwiceChangesNothing() throws Exception {
        as("admin").body(Map.of("nameVi", "Tổ chức hai lần " + UUID.randomUUID(), "kind", "NGO"))
                .post("/api/v1/organizations").then().statusCode(201);
        drain();
        assertEquals(0, sealer.seal());
        assertEquals(0, sealer.waiting());
    }

    private void drain() {
        while (sealer.seal() > 0) {
            // until everything committed is sealed
        }
    }

    private Long position(String recordType, String recordId) throws SQLException {
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT chain_position FROM audit_event WHERE record_type = ? AND record_id = ? ORDER BY id LIMIT 1")) {
            s.setString(1, recordType);
            s.setString(2, recordId);
            var rs = s.executeQuery();
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    private Long positionOf(long id) throws SQLException {
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT chain_position FROM audit_event WHERE id = ?")) {
            s.setLong(1, id);
            var rs = s.executeQuery();
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }
}
