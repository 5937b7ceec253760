package org.safereturn.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;

/**
 * Makes a creating request safe to retry. The key is claimed in the same transaction as the
 * record it creates, so a retry either finds the committed record or waits for the first
 * request to finish; it never makes a second record.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    static final Duration KEEP = Duration.ofHours(24);

    @Inject
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /**
     * Runs {@code create} once per key: for a new key it runs it and remembers the id it returns;
     * for a key seen before with the same operation and request it returns the first id without
     * running anything; with another request it answers 422. Without a key it just runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String once(String key, String operation, Object request, Supplier<String> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new ProblemException(422, "validation.failed", "The request is not valid",
                    "Idempotency-Key must be 1 to 200 characters", List.of(new Problem.FieldError(HEADER, "must be 1 to 200 characters")));
        }
        String hash = hash(request);
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, operation, request_hash, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, currentUser.subject()).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, hash).setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            Object[] first = (Object[]) em.createNativeQuery(
                    "SELECT operation, request_hash, record_id FROM idempotency_key WHERE caller = ?1 AND key = ?2")
                    .setParameter(1, currentUser.subject()).setParameter(2, key).getSingleResult();
            if (!operation.equals(first[0]) || !hash.equals(first[1]) || first[2] == null) {
                throw new ProblemException(422, "idempotency.key-reused", "Idempotency-Key already used",
                        "This Idempotency-Key was used for a different request; use a new key for a new request");
            }
            return first[2].toString();
        }
        String id = create.get();
        em.createNativeQuery("UPDATE idempotency_key SET record_id = ?3 WHERE caller = ?1 AND key = ?2")
                .setParameter(1, currentUser.subject()).setParameter(2, key).setParameter(3, id).executeUpdate();
        return id;
    }

    /** Forgets keys older than a day; safe with several backend copies (a plain DELETE). */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(KEEP)).executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
