package org.safereturn.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** The hash that links an audit event to the one before it (SHA-256 over its fields). */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(AuditEvent e) {
        String canonical = String.join("\u001f",
                e.prevHash,
                e.occurredAt.truncatedTo(ChronoUnit.MICROS).toInstant().toString(),
                e.actorSubject, e.actorUsername,
                String.valueOf(e.organizationId), e.action, e.recordType, e.recordId,
                String.valueOf(e.fieldGroups), String.valueOf(e.reason), String.valueOf(e.details));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
