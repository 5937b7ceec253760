package org.safereturn.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.keys.EncryptedColumns.Column;
import org.safereturn.keys.EncryptedColumns.Kind;

/**
 * Moves every encrypted value to the current key after a rotation, in batches of rows locked
 * with SKIP LOCKED (so several backend copies share the work and writers are never blocked for
 * long), counting progress in the job's row. A value that no key of the ring opens stops the job
 * as FAILED, naming its column and row, and changes nothing more.
 */
@ApplicationScoped
public class Reencryption {
    static final String RECORD = "CRYPTO_KEY";
    private static final Logger LOG = Logger.getLogger(Reencryption.class);
    private static final int BATCH = 500;
    /** Files are larger: fewer per transaction. */
    private static final int FILE_BATCH = 50;

    @Inject
    EntityManager em;
    @Inject
    FieldCipher cipher;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** Starts a job that moves every value not yet on the current key; 409 while another runs. */
    @Transactional
    KeyDtos.JobView start() {
        if (running() != null) {
            throw ProblemException.conflict("crypto.reencryption-running", "A re-encryption is already running; follow its progress instead");
        }
        ReencryptionJob job = new ReencryptionJob();
        job.id = UUID.randomUUID();
        job.keyId = cipher.currentKeyId();
        job.status = ReencryptionJob.Status.RUNNING;
        job.rowsTotal = EncryptedColumns.ALL.stream().mapToLong(this::countStale).sum() + countUnkeyedHashes();
        job.startedAt = now();
        job.startedByName = user.displayName();
        em.persist(job);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another copy started one between our check and our insert: the unique index decided.
            throw ProblemException.conflict("crypto.reencryption-running", "A re-encryption is already running; follow its progress instead");
        }
        audit.record("REENCRYPTION_STARTED", RECORD, job.id, null, null, "{\"key\":\"" + job.keyId + "\",\"rows\":" + job.rowsTotal + "}");
        return view(job);
    }

    @Transactional
    KeyDtos.JobView get(UUID id) {
        ReencryptionJob job = em.find(ReencryptionJob.class, id);
        if (job == null) {
            throw ProblemException.notFound("Re-encryption", id);
        }
        return view(job);
    }

    @Transactional
    KeyDtos.JobList list() {
        return new KeyDtos.JobList(cipher.currentKeyId(), em.createQuery("FROM ReencryptionJob j ORDER BY j.startedAt DESC", ReencryptionJob.class)
                .setMaxResults(20).getResultList().stream().map(this::view).toList());
    }

    @Scheduled(every = "${safereturn.crypto.reencrypt-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        UUID id = QuarkusTransaction.requiringNew().call(this::runningForThisKey);
        if (id != null) {
            runToEnd(id);
        }
    }

    /** Works the running job until every column is done or a value fails; returns the rows moved. */
    long runToEnd(UUID jobId) {
        long moved = 0;
        for (Column column : EncryptedColumns.ALL) {
            long n = drain(jobId, column.field(), BATCH, () -> moveBatch(jobId, column));
            if (n < 0) {
                return moved;
            }
            moved += n;
        }
        long rehashed = drain(jobId, "case_document.content_hash", FILE_BATCH, () -> rehashBatch(jobId));
        if (rehashed < 0) {
            return moved;
        }
        moved += rehashed;
        QuarkusTransaction.requiringNew().run(() -> {
            ReencryptionJob job = em.find(ReencryptionJob.class, jobId);
            if (job.status == ReencryptionJob.Status.RUNNING && EncryptedColumns.ALL.stream().allMatch(c -> countStale(c) == 0)
                    && countUnkeyedHashes() == 0) {
                job.done(now());
                audit.recordBySystem("REENCRYPTION_DONE", RECORD, job.id, null, "{\"key\":\"" + job.keyId + "\",\"rows\":" + job.rowsDone + "}");
            }
        });
        return moved;
    }

    /**
     * Runs batches, each in its own transaction, until one comes back short; returns the rows
     * done, or -1 when a batch failed, after marking the job FAILED with {@code what} and the error.
     */
    private long drain(UUID jobId, String what, int batchSize, java.util.concurrent.Callable<Integer> batch) {
        long done = 0;
        while (true) {
            int n;
            try {
                n = QuarkusTransaction.requiringNew().call(batch);
            } catch (RuntimeException e) {
                String why = what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                LOG.errorf("re-encryption %s failed at %s", jobId, why);
                QuarkusTransaction.requiringNew().run(() -> em.find(ReencryptionJob.class, jobId).failed(truncate(why), now()));
                return -1;
            }
            done += n;
            if (n < batchSize) {
                return done;
            }
        }
    }

    /** Moves one batch of one column to the current key; the rows stay locked until it commits. */
    int moveBatch(UUID jobId, Column c) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + c.key() + ", CAST(" + c.bind() + " AS text), " + c.column()
                        + " FROM " + c.table() + " WHERE " + stale(c) + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, prefix(c)).setParameter(2, BATCH).getResultList();
        for (Object[] row : rows) {
            Object fresh = switch (c.kind()) {
                case FIELD -> cipher.encrypt(cipher.decrypt((String) row[2], c.field(), row[1]), c.field(), row[1]);
                case FIELD_ONCE_PLAIN -> cipher.encrypt(cipher.decryptOrLegacyPlain((String) row[2], c.field(), row[1]), c.field(), row[1]);
                case SECRET -> cipher.encryptSecret(cipher.decryptSecret((String) row[2], c.field(), row[1]), c.field(), row[1]);
                case FILE -> cipher.encryptBytes(cipher.decryptBytes((byte[]) row[2], c.field(), row[1]), c.field(), row[1]);
            };
            em.createNativeQuery("UPDATE " + c.table() + " SET " + c.column() + " = ?1 WHERE " + c.key() + " = ?2")
                    .setParameter(1, fresh).setParameter(2, row[0]).executeUpdate();
        }
        if (!rows.isEmpty()) {
            em.createNativeQuery("UPDATE crypto_reencryption SET rows_done = rows_done + ?1 WHERE id = ?2")
                    .setParameter(1, rows.size()).setParameter(2, jobId).executeUpdate();
        }
        return rows.size();
    }

    /** Documents whose hash is still the plain SHA-256 of before V27: their content is opened and hashed with the key. */
    int rehashBatch(UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, content_enc FROM case_document WHERE NOT content_hash_keyed LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, FILE_BATCH).getResultList();
        for (Object[] row : rows) {
            String hash = cipher.contentHash(cipher.decryptBytes((byte[]) row[1], "case_document.content_enc", row[0]));
            em.createNativeQuery("UPDATE case_document SET content_hash = ?1, content_hash_keyed = true WHERE id = ?2")
                    .setParameter(1, hash).setParameter(2, row[0]).executeUpdate();
        }
        if (!rows.isEmpty()) {
            em.createNativeQuery("UPDATE crypto_reencryption SET rows_done = rows_done + ?1 WHERE id = ?2")
                    .setParameter(1, rows.size()).setParameter(2, jobId).executeUpdate();
        }
        return rows.size();
    }

    private long countUnkeyedHashes() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM case_document WHERE NOT content_hash_keyed").getSingleResult()).longValue();
    }

    private long countStale(Column c) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + c.table() + " WHERE " + stale(c))
                .setParameter(1, prefix(c)).getSingleResult()).longValue();
    }

    /** Not null and not starting with the current key's prefix ({@code ?1}). */
    private static String stale(Column c) {
        return c.kind() == Kind.FILE
                ? c.column() + " IS NOT NULL AND substring(" + c.column() + " from 1 for length(?1)) <> ?1"
                : c.column() + " IS NOT NULL AND left(" + c.column() + ", length(?1)) <> ?1";
    }

    private Object prefix(Column c) {
        return c.kind() == Kind.FILE ? cipher.currentFilePrefix() : cipher.currentPrefix();
    }

    /**
     * The running job this copy may work: one that moves values to this copy's current key. During
     * a rolling restart a copy still on the old key leaves the job to the copies on the new one.
     */
    UUID runningForThisKey() {
        List<UUID> ids = em.createQuery("SELECT j.id FROM ReencryptionJob j WHERE j.status = ?1 AND j.keyId = ?2", UUID.class)
                .setParameter(1, ReencryptionJob.Status.RUNNING).setParameter(2, cipher.currentKeyId()).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    UUID running() {
        List<UUID> ids = em.createQuery("SELECT j.id FROM ReencryptionJob j WHERE j.status = ?1", UUID.class)
                .setParameter(1, ReencryptionJob.Status.RUNNING).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private KeyDtos.JobView view(ReencryptionJob j) {
        OffsetDateTime end = j.finishedAt == null ? now() : j.finishedAt;
        double seconds = Math.max(0.001, Duration.between(j.startedAt, end).toMillis() / 1000.0);
        return new KeyDtos.JobView(j.id, j.keyId, j.status, j.rowsTotal, j.rowsDone,
                j.rowsTotal == 0 ? 100 : (int) Math.min(100, j.rowsDone * 100 / j.rowsTotal),
                Math.round(j.rowsDone / seconds), j.startedAt, j.finishedAt, j.startedByName, j.failure);
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
