package org.safereturn.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.web.Etags;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.directory.OrganizationService;

/**
 * Half-done intakes on the server, one per author: encrypted, the author's only (in their current
 * organization), removed when the intake is sent and a week after the last save. The browser keeps
 * nothing.
 */
@ApplicationScoped
class IntakeDrafts {
    static final String RECORD = "INTAKE_DRAFT";
    static final Duration KEPT_FOR = Duration.ofDays(7);
    static final int MAX_CHARS = 200_000;
    static final Set<String> STEPS = Set.of("handover", "person", "children", "story", "review");
    private static final String FIELD = "intake_draft.content_enc";
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP = new com.fasterxml.jackson.core.type.TypeReference<>() {};

    @Inject
    EntityManager em;
    @Inject
    FieldCipher cipher;
    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;
    @Inject
    AuditService audit;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional
    Optional<CaseDtos.DraftView> mine() {
        IntakeDraft d = find();
        if (d == null) {
            return Optional.empty();
        }
        audit.event("INTAKE_DRAFT_READ", RECORD, d.authorSubject).groups("IDENTITY,CONTACT,NARRATIVE").write();
        try {
            Map<String, Object> values = json.readValue(cipher.decrypt(d.contentEnc, FIELD, d.authorSubject), MAP);
            return Optional.of(new CaseDtos.DraftView(d.step, values, d.savedAt, d.expiresAt, d.version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }

    /**
     * Keeps the form over the version the author's tab last saved: the first save sends no
     * If-Match; once a draft exists each save names its version (428 without), and a save over a
     * draft another tab or device saved since, or over one sent or discarded meanwhile, is 412.
     */
    @Transactional
    CaseDtos.DraftView save(CaseDtos.DraftRequest r, String ifMatch) {
        if (!STEPS.contains(r.step())) {
            throw ProblemException.invalid("step", "must be one of " + String.join(", ", STEPS.stream().sorted().toList()));
        }
        String text;
        try {
            text = json.writeValueAsString(r.values());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("values", "must be the form's values as an object");
        }
        if (text.length() > MAX_CHARS) {
            throw ProblemException.invalid("values", "a draft may hold at most " + MAX_CHARS + " characters");
        }
        UUID organizationId = organizations.callerOrganization();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        IntakeDraft d = em.find(IntakeDraft.class, user.subject(), LockModeType.PESSIMISTIC_WRITE);
        requireVersion(d, organizationId, now, ifMatch);
        boolean fresh = d == null;
        if (fresh) {
            d = new IntakeDraft();
            d.authorSubject = user.subject();
        }
        d.organizationId = organizationId;
        d.step = r.step();
        d.contentEnc = cipher.encrypt(text, FIELD, d.authorSubject);
        d.savedAt = now;
        d.expiresAt = now.plus(KEPT_FOR);
        if (fresh) {
            em.persist(d);
        }
        Flushes.orStale(em);
        audit.event("INTAKE_DRAFT_SAVED", RECORD, d.authorSubject).write();
        return new CaseDtos.DraftView(d.step, r.values(), d.savedAt, d.expiresAt, d.version);
    }

    /** The author discards their draft: If-Match names the version they saw (none when there is no draft). */
    @Transactional
    void discard(String ifMatch) {
        IntakeDraft d = em.find(IntakeDraft.class, user.subject(), LockModeType.PESSIMISTIC_WRITE);
        requireVersion(d, organizations.callerOrganization(), OffsetDateTime.now(clock), ifMatch);
        discard();
    }

    private static void requireVersion(IntakeDraft d, UUID organizationId, OffsetDateTime now, String ifMatch) {
        if (d != null && d.usableIn(organizationId, now)) {
            Etags.check(ifMatch, d.version);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw Etags.stale(); // the draft this tab saved was sent, discarded or expired meanwhile
        }
    }

    /** Removes the caller's draft, if any: the intake was sent. */
    @Transactional
    void discard() {
        int removed = em.createQuery("DELETE FROM IntakeDraft d WHERE d.authorSubject = ?1").setParameter(1, user.subject()).executeUpdate();
        if (removed > 0) {
            audit.event("INTAKE_DRAFT_REMOVED", RECORD, user.subject()).write();
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        em.createQuery("DELETE FROM IntakeDraft d WHERE d.expiresAt < ?1").setParameter(1, OffsetDateTime.now(clock)).executeUpdate();
    }

    /** The caller's draft in their current organization, or null; an expired one is gone already for the reader. */
    private IntakeDraft find() {
        IntakeDraft d = em.find(IntakeDraft.class, user.subject());
        UUID organizationId = organizations.callerOrganization();
        if (d == null || !d.usableIn(organizationId, OffsetDateTime.now(clock))) {
            return null;
        }
        return d;
    }
}
