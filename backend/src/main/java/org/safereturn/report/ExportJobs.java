package org.safereturn.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;

/**
 * Background exports: a request is checked at once and queued (202); a worker of any backend copy
 * claims it, runs it with the reach its requester had, and keeps the file encrypted until the
 * link expires; the requester reads the progress and gets a link that needs no token but a
 * random one in the link itself.
 */
@ApplicationScoped
class ExportJobs {
    private static final Logger LOG = Logger.getLogger(ExportJobs.class);
    private static final String FILE = "report_export.file_enc";
    private static final String TOKEN = "report_export.token_enc";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file of a ready export. */
    record Download(String fileName, String contentType, byte[] content) {}

    /** An export as its requester sees it, with the link's token while it is ready. */
    record Seen(ExportJob job, String token) {}

    @Inject
    ReportAgreements.Config config;

    @Inject
    EntityManager em;
    @Inject
    ReportCallers callers;
    @Inject
    ReportService reports;
    @Inject
    CtdcDataset ctdc;
    @Inject
    FieldCipher cipher;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    @Transactional
    ExportJob submit(ExportDtos.ExportRequest r) {
        ReportCaller caller = callers.current();
        ReportPeriod.of(r.period(), r.from(), r.to());
        if (ReportAgreements.CTDC.equals(r.report())) {
            if (!caller.has(Roles.ANALYST)) {
                throw new ProblemException(403, "auth.forbidden", "Forbidden", "The anonymised data set is for analysts and integrators");
            }
            if (r.groupBy() != null && !r.groupBy().isBlank() || r.place() != null && !r.place().isBlank() || r.organizationId() != null) {
                throw ProblemException.invalid("report", "the data set takes a period only");
            }
        } else {
            reports.check(caller, r.report(), r.place(), r.organizationId(), r.groupBy());
        }
        ExportJob job = ExportJob.queue(caller, r, now());
        em.persist(job);
        audit.event("EXPORT_QUEUED", "REPORT_EXPORT", job.id).details("{\"report\":\"" + job.report + "\",\"format\":\"" + job.format + "\"}").write();
        return job;
    }

    /** The caller's own export; anyone else's is 404. */
    @Transactional
    Seen seen(UUID id) {
        ReportCaller caller = callers.current();
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || !job.requestedBySubject.equals(caller.subject())) {
            throw ProblemException.notFound("Export", id);
        }
        if (job.expired(now())) {
            return new Seen(job, null);
        }
        return new Seen(job, job.status == ExportJob.Status.READY ? cipher.decryptSecret(job.tokenEnc, TOKEN, job.id) : null);
    }

    /** The file, for whoever holds the link while it is valid; a wrong token is 404, an expired link 410. */
    @Transactional
    Download download(UUID id, String token) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || token == null || job.tokenEnc == null
                || !MessageDigest.isEqual(cipher.decryptSecret(job.tokenEnc, TOKEN, job.id).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            if (job != null && job.status == ExportJob.Status.EXPIRED) {
                throw expired();
            }
            throw ProblemException.notFound("Export", id);
        }
        if (job.expired(now())) {
            throw expired();
        }
        audit.event("EXPORT_DOWNLOADED", "REPORT_EXPORT", job.id).actor(job.requestedBySubject, job.requestedByUsername, job.organizationId).write();
        return new Download(job.fileName, ReportExports.mediaType("csv".equals(job.format)),
                cipher.decryptBytes(job.fileEnc, FILE, job.id));
    }

    /** Claims the oldest queued export (or one whose worker died), marking it running; empty when none waits. */
    @Transactional
    Optional<UUID> claim() {
        OffsetDateTime now = now();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                UPDATE report_export SET status = 'RUNNING', started_at = ?1, progress = 5
                 WHERE id = (SELECT id FROM report_export
                              WHERE status = 'QUEUED' OR (status = 'RUNNING' AND started_at < ?2)
                              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id""").setParameter(1, now).setParameter(2, now.minus(config.exports().staleAfter())).getResultList();
        return ids.stream().findFirst().map(UUID.class::cast);
    }

    /** Runs a claimed export to its file, or records why it failed. */
    void run(UUID id) {
        ExportJob job = QuarkusTransaction.requiringNew().call(() -> em.find(ExportJob.class, id));
        try {
            ReportCaller requester = job.requester();
            ExportDtos.ExportRequest r = job.parameters;
            ReportPeriod period = ReportPeriod.of(r.period(), r.from(), r.to());
            boolean csv = "csv".equals(job.format);
            ReportExports.Table table;
            String name;
            if (ReportAgreements.CTDC.equals(job.report)) {
                CtdcDataset.Release release = ctdc.release(requester, period);
                table = release.table();
                name = release.fileBase();
            } else {
                ReportDtos.ReportView view = reports.run(requester, job.report, period, r.place(), r.organizationId(), r.groupBy(),
                        Boolean.TRUE.equals(r.zeros()));
                table = ReportExports.Table.of(view);
                name = job.report + "-" + period.label();
            }
            progress(id, 50);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportExports.write(csv, table, out);
            progress(id, 90);
            byte[] content = out.toByteArray();
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            String fileName = name.replace('/', '_') + (csv ? ".csv" : ".xlsx");
            QuarkusTransaction.requiringNew().run(() -> {
                ExportJob j = em.find(ExportJob.class, id);
                OffsetDateTime now = now();
                j.ready(cipher.encryptBytes(content, FILE, j.id), content.length, fileName, cipher.encryptSecret(token, TOKEN, j.id), now, now.plus(config.exports().linkValidFor()));
            });
        } catch (ProblemException e) {
            failed(id, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Export %s failed", id);
            failed(id, "The export could not be made; ask again, or tell an administrator if it keeps failing");
        }
    }

    /** Drops the files of expired links. */
    @Transactional
    int sweep() {
        return em.createNativeQuery("""
                UPDATE report_export SET status = 'EXPIRED', file_enc = NULL, token_enc = NULL
                 WHERE status = 'READY' AND expires_at <= ?1""").setParameter(1, now()).executeUpdate();
    }

    private void progress(UUID id, int percent) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE report_export SET progress = ?1 WHERE id = ?2")
                .setParameter(1, percent).setParameter(2, id).executeUpdate());
    }

    private void failed(UUID id, String why) {
        QuarkusTransaction.requiringNew().run(() -> em.find(ExportJob.class, id).fail(why == null ? "failed" : why, now()));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    private static ProblemException expired() {
        return new ProblemException(410, "export.expired", "Link expired", "The download link has expired: ask for the export again");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
