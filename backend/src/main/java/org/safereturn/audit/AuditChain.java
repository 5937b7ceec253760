package org.safereturn.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links an audit event to the one before it (SHA-256 over its fields). Version 2,
 * which the database function audit_seal writes, length-prefixes every field ({@code 5:admin},
 * {@code -1:} for null), so moving text from one field to the next changes the hash; version 1
 * (joined with a separator) is kept to verify the events sealed before it.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(AuditEvent e) {
        return e.hashVersion == 1 ? hashV1(e) : hashV2(e);
    }

    static String hashV2(AuditEvent e) {
        Instant at = e.occurredAt.toInstant();
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {e.prevHash, Long.toString(micros), e.actorSubject, e.actorUsername,
                e.organizationId == null ? null : e.organizationId.toString(),
                e.subjectOrganizationId == null ? null : e.subjectOrganizationId.toString(),
                e.action, e.recordType, e.recordId, e.fieldGroups, e.reason, e.details}) {
            canonical.append(field == null ? "-1:" : field.getBytes(StandardCharsets.UTF_8).length + ":" + field);
        }
        return sha256(canonical.toString());
    }

    static String hashV1(AuditEvent e) {
        return sha256(String.join("\u001f",
                e.prevHash,
                e.occurredAt.truncatedTo(ChronoUnit.MICROS).toInstant().toString(),
                e.actorSubject, e.actorUsername,
                String.valueOf(e.organizationId), e.action, e.recordType, e.recordId,
                String.valueOf(e.fieldGroups), String.valueOf(e.reason), String.valueOf(e.details)));
    }

    private static String sha256(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
