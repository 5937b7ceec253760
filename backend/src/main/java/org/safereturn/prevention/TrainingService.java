package org.safereturn.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Text;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.prevention.PreventionDtos.CountRow;
import org.safereturn.prevention.PreventionDtos.ParticipantRequest;
import org.safereturn.prevention.PreventionDtos.ParticipantView;
import org.safereturn.prevention.PreventionDtos.RecordAction;
import org.safereturn.prevention.PreventionDtos.TrainingPage;
import org.safereturn.prevention.PreventionDtos.TrainingRequest;
import org.safereturn.prevention.PreventionDtos.TrainingTotals;
import org.safereturn.prevention.PreventionDtos.TrainingView;

/** Trainings of officers: recorded by the organizer, participants named (names encrypted) or counted. */
@ApplicationScoped
public class TrainingService {
    static final String TRAINING = "TRAINING";
    static final String NAME = "training_participant.full_name_enc";

    @Inject
    PreventionAccess access;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    FieldCipher cipher;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    TrainingPage list(Integer year, Integer page, Integer size) {
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        UUID scope = access.scope();
        String where = " WHERE (:org IS NULL OR t.organizerOrganizationId = :org)";
        if (year != null) {
            where += " AND year(t.startsOn) = :year";
        }
        var query = em.createQuery("FROM Training t" + where + " ORDER BY t.startsOn DESC, t.id", Training.class).setParameter("org", scope);
        var count = em.createQuery("SELECT count(t) FROM Training t" + where, Long.class).setParameter("org", scope);
        if (year != null) {
            query.setParameter("year", year);
            count.setParameter("year", year);
        }
        List<TrainingView> items = query.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList()
                .stream().map(t -> view(t, false)).toList();
        return new TrainingPage(items, pq.page(), pq.size(), count.getSingleResult());
    }

    @Transactional
    TrainingView get(UUID id) {
        Training t = find(id);
        boolean names = access.ofOrganizer(t.organizerOrganizationId);
        if (names) {
            audit.event("TRAINING_READ", TRAINING, id).groups("IDENTITY").write();
        }
        return view(t, names);
    }

    @Transactional
    TrainingView create(TrainingRequest r) {
        UUID organizer = requireRecorder();
        Training t = new Training();
        t.id = UUID.randomUUID();
        t.organizerOrganizationId = organizer;
        t.createdAt = now();
        check(r);
        t.apply(r, t.createdAt);
        em.persist(t);
        em.flush();
        replaceParticipants(t.id, r);
        audit.event("TRAINING_RECORDED", TRAINING, t.id).write();
        return view(t, true);
    }

    @Transactional
    TrainingView update(UUID id, long version, TrainingRequest r) {
        Training t = find(id);
        if (!access.ofOrganizer(t.organizerOrganizationId)) {
            throw forbidden();
        }
        if (t.version != version) {
            throw Etags.stale();
        }
        check(r);
        t.apply(r, now());
        Flushes.orStale(em);
        replaceParticipants(t.id, r);
        audit.event("TRAINING_CHANGED", TRAINING, id).write();
        return view(t, true);
    }

    private Training find(UUID id) {
        Training t = em.find(Training.class, id);
        if (t == null) {
            throw ProblemException.notFound("Training", id);
        }
        access.requireReach(t.organizerOrganizationId, "Training", id);
        return t;
    }

    private UUID requireRecorder() {
        UUID organizer = access.scope();
        if (organizer == null) {
            throw forbidden();
        }
        return organizer;
    }

    private static ProblemException forbidden() {
        return new ProblemException(403, "auth.forbidden", "Forbidden", "Trainings are recorded by the organizing organization's supervisors and social workers");
    }

    /** What the fields' constraints cannot tell: the places and organizations named exist. */
    private void check(TrainingRequest r) {
        if (r.placeCode() != null && !r.placeCode().isBlank() && !places.exists(r.placeCode().trim())) {
            throw ProblemException.invalid("placeCode", "is not a known administrative unit");
        }
        List<ParticipantRequest> named = r.participants() == null ? List.of() : r.participants();
        for (int i = 0; i < named.size(); i++) {
            if (!organizations.exists(named.get(i).organizationId())) {
                throw ProblemException.invalid("participants[" + i + "].organizationId", "is not an organization of the directory");
            }
        }
        List<CountRow> counts = r.counts() == null ? List.of() : r.counts();
        for (int i = 0; i < counts.size(); i++) {
            CountRow c = counts.get(i);
            if (c.organizationId() == null && (c.placeCode() == null || c.placeCode().isBlank()) && (c.unitName() == null || c.unitName().isBlank())) {
                throw ProblemException.invalid("counts[" + i + "]", "names the organization, the commune or district, or the unit counted");
            }
            if (c.organizationId() != null && !organizations.exists(c.organizationId())) {
                throw ProblemException.invalid("counts[" + i + "].organizationId", "is not an organization of the directory");
            }
            if (c.placeCode() != null && !c.placeCode().isBlank() && !places.exists(c.placeCode().trim())) {
                throw ProblemException.invalid("counts[" + i + "].placeCode", "is not a known administrative unit");
            }
        }
    }

    private void replaceParticipants(UUID trainingId, TrainingRequest r) {
        em.createNativeQuery("DELETE FROM training_participant WHERE training_id = ?1").setParameter(1, trainingId).executeUpdate();
        em.createNativeQuery("DELETE FROM training_participant_count WHERE training_id = ?1").setParameter(1, trainingId).executeUpdate();
        for (ParticipantRequest p : r.participants() == null ? List.<ParticipantRequest>of() : r.participants()) {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("""
                    INSERT INTO training_participant (id, training_id, organization_id, staff_role, full_name_enc, attendance)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, id).setParameter(2, trainingId).setParameter(3, p.organizationId()).setParameter(4, p.staffRole().name())
                    .setParameter(5, cipher.encrypt(p.fullName().trim(), NAME, id)).setParameter(6, p.attendance().name()).executeUpdate();
        }
        List<CountRow> counts = r.counts() == null ? List.of() : r.counts();
        for (int i = 0; i < counts.size(); i++) {
            CountRow c = counts.get(i);
            em.createNativeQuery("""
                    INSERT INTO training_participant_count (training_id, position, organization_id, place_code, unit_name, staff_role, count)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, trainingId).setParameter(2, i).setParameter(3, c.organizationId())
                    .setParameter(4, Text.blankToNull(c.placeCode())).setParameter(5, Text.blankToNull(c.unitName()))
                    .setParameter(6, c.staffRole().name()).setParameter(7, c.count()).executeUpdate();
        }
    }

    TrainingView view(Training t, boolean names) {
        @SuppressWarnings("unchecked")
        List<Object[]> named = em.createNativeQuery("""
                SELECT p.id, p.organization_id, o.name_vi, p.staff_role, p.full_name_enc, p.attendance
                FROM training_participant p JOIN organization o ON o.id = p.organization_id
                WHERE p.training_id = ?1 ORDER BY o.name_vi, p.id""").setParameter(1, t.id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> counted = em.createNativeQuery("""
                SELECT organization_id, place_code, unit_name, staff_role, count FROM training_participant_count
                WHERE training_id = ?1 ORDER BY position""").setParameter(1, t.id).getResultList();
        List<ParticipantView> participants = new ArrayList<>();
        long attended = 0;
        for (Object[] r : named) {
            TrainingAttendance attendance = TrainingAttendance.valueOf((String) r[5]);
            attended += attendance == TrainingAttendance.ABSENT ? 0 : 1;
            participants.add(new ParticipantView((UUID) r[0], (UUID) r[1], (String) r[2], StaffRole.valueOf((String) r[3]),
                    names ? cipher.decrypt((String) r[4], NAME, r[0]) : null, attendance));
        }
        List<CountRow> counts = counted.stream().map(r -> new CountRow((UUID) r[0], (String) r[1], (String) r[2],
                StaffRole.valueOf((String) r[3]), ((Number) r[4]).intValue())).toList();
        long countedTotal = counts.stream().mapToLong(CountRow::count).sum();
        String organizer = organizations.summary(t.organizerOrganizationId).map(s -> s.nameVi()).orElse(null);
        return new TrainingView(t.id, t.organizerOrganizationId, organizer, t.topic, t.startsOn, t.endsOn, t.classes, t.placeCode, t.venue,
                t.funder, List.copyOf(t.trainers), participants, counts,
                new TrainingTotals(participants.size(), attended, countedTotal, attended + countedTotal),
                names ? List.of(RecordAction.EDIT) : List.of(), t.version, t.updatedAt);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
