package org.safereturn.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signs the audit chain's head every minute (when it moved) with a key that is not in the
 * database, stores the checkpoint and writes it to the log too. A database writer who deletes or
 * rewrites the newest events cannot make a matching checkpoint, so verification finds the gap.
 */
@ApplicationScoped
public class AuditCheckpoints {
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    @Inject
    EntityManager em;
    @Inject
    AuditConfig config;
    @Inject
    AuditSealer sealer;
    @Inject
    Clock clock;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(config.checkpointKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("safereturn.audit.checkpoint-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("safereturn.audit.checkpoint-key must be 32 bytes (openssl rand -base64 32)");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Scheduled(every = "${safereturn.audit.checkpoint-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (sealer.seal() > 0) {
            // seal what has committed, then sign the head
        }
        write();
    }

    /** Signs the chain's current head, unless the latest checkpoint already names it. */
    @Transactional
    public Optional<AuditCheckpoint> write() {
        List<?> head = em.createNativeQuery("""
                SELECT chain_position, hash, (SELECT count(*) FROM audit_event WHERE chain_position IS NOT NULL)
                FROM audit_event WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1""").getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) head.get(0);
        long position = ((Number) row[0]).longValue();
        Optional<AuditCheckpoint> last = latest();
        if (last.isPresent() && last.get().chainPosition == position) {
            return Optional.empty();
        }
        AuditCheckpoint c = new AuditCheckpoint();
        c.chainPosition = position;
        c.headHash = (String) row[1];
        c.eventCount = ((Number) row[2]).longValue();
        c.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        c.signature = sign(c);
        em.persist(c);
        // The log is the copy outside the database: compare it with the table when in doubt.
        LOG.infof("audit checkpoint position=%d hash=%s count=%d at=%s signature=%s",
                c.chainPosition, c.headHash, c.eventCount, c.createdAt, c.signature);
        return Optional.of(c);
    }

    /** The newest checkpoint, if any. */
    Optional<AuditCheckpoint> latest() {
        return em.createQuery("FROM AuditCheckpoint c ORDER BY c.id DESC", AuditCheckpoint.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Whether the checkpoint carries the signature this key makes for it. */
    boolean signedByUs(AuditCheckpoint c) {
        return MessageDigest.isEqual(sign(c).getBytes(StandardCharsets.US_ASCII), c.signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(AuditCheckpoint c) {
        var at = c.createdAt.toInstant();
        String statement = c.chainPosition + "|" + c.headHash + "|" + c.eventCount + "|" + (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(statement.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }
}
