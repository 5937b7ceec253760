package org.safereturn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static AuditEvent event(String prev) {
        AuditEvent e = new AuditEvent();
        e.prevHash = prev;
        e.occurredAt = OffsetDateTime.parse("2026-11-23T10:15:30.123456Z");
        e.actorSubject = "s-1";
        e.actorUsername = "admin";
        e.organizationId = UUID.fromString("00000000-0000-4000-a000-000000000001");
        e.action = "ORGANIZATION_UPDATED";
        e.recordType = "ORGANIZATION";
        e.recordId = "x";
        e.details = "{\"changed\":[\"nameVi\"]}";
        return e;
    }

    @Test
    void sameEventSameHash() {
        assertEquals(AuditChain.hash(event(AuditChain.GENESIS)), AuditChain.hash(event(AuditChain.GENESIS)));
        assertEquals(64, AuditChain.hash(event(AuditChain.GENESIS)).length());
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String original = AuditChain.hash(event(AuditChain.GENESIS));
        AuditEvent changed = event(AuditChain.GENESIS);
        changed.details = "{\"changed\":[\"kind\"]}";
        assertNotEquals(original, AuditChain.hash(changed));
        AuditEvent otherActor = event(AuditChain.GENESIS);
        otherActor.actorUsername = "worker";
        assertNotEquals(original, AuditChain.hash(otherActor));
        assertNotEquals(original, AuditChain.hash(event("f".repeat(64))));
    }

    @Test
    void version2LengthPrefixesFieldsSoTextMovedBetweenFieldsChangesTheHash() {
        AuditEvent a = event(AuditChain.GENESIS);
        a.fieldGroups = "IDENTITY";
        a.reason = "x";
        AuditEvent b = event(AuditChain.GENESIS);
        b.fieldGroups = "IDENTITY\u001fx";
        b.reason = null;
        a.hashVersion = 1;
        b.hashVersion = 1;
        b.fieldGroups = "IDENTITY";
        b.reason = "x";
        assertEquals(AuditChain.hash(a), AuditChain.hash(b));
        AuditEvent c = event(AuditChain.GENESIS);
        c.fieldGroups = "IDENTITYx";
        c.reason = "";
        AuditEvent d = event(AuditChain.GENESIS);
        d.fieldGroups = "IDENTITY";
        d.reason = "x";
        assertNotEquals(AuditChain.hashV2(c), AuditChain.hashV2(d));
        assertNotEquals(AuditChain.hashV1(event(AuditChain.GENESIS)), AuditChain.hashV2(event(AuditChain.GENESIS)));
    }
}
