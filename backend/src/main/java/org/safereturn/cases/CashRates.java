package org.safereturn.cases;

import org.safereturn.common.persistence.Flushes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.SupportDtos.CashRateRequest;
import org.safereturn.cases.SupportDtos.CashRateView;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Etags;
import org.safereturn.place.PlaceService;

/** The provinces' cash rates: data with effective dates; periods of one province and support never overlap. */
@ApplicationScoped
class CashRates {
    static final String RECORD = "CASH_RATE";

    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    SupportDtos.CashRateList list(String provinceCode, SupportType type, LocalDate on) {
        StringBuilder q = new StringBuilder("FROM CashRate r WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (provinceCode != null && !provinceCode.isBlank()) {
            params.add(provinceCode.trim());
            q.append(" AND r.provinceCode = ?").append(params.size());
        }
        if (type != null) {
            params.add(type);
            q.append(" AND r.supportType = ?").append(params.size());
        }
        var query = em.createQuery(q + " ORDER BY r.provinceCode, r.supportType, r.effectiveFrom DESC", CashRate.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return new SupportDtos.CashRateList(query.getResultList().stream()
                .filter(r -> on == null || r.appliesOn(on)).map(CashRateView::of).toList());
    }

    Optional<CashRate> applicable(String provinceCode, SupportType type, LocalDate day) {
        return em.createQuery("FROM CashRate r WHERE r.provinceCode = ?1 AND r.supportType = ?2 AND r.effectiveFrom <= ?3 "
                        + "AND (r.effectiveTo IS NULL OR r.effectiveTo >= ?3)", CashRate.class)
                .setParameter(1, provinceCode).setParameter(2, type).setParameter(3, day).getResultStream().findFirst();
    }

    @Transactional
    CashRateView create(CashRateRequest r) {
        check(r, null);
        CashRate rate = new CashRate();
        rate.id = UUID.randomUUID();
        rate.createdAt = OffsetDateTime.now(clock);
        apply(rate, r, OffsetDateTime.now(clock));
        em.persist(rate);
        em.flush();
        audit.record("CASH_RATE_CREATED", RECORD, rate.id, null, null, null);
        return CashRateView.of(rate);
    }

    @Transactional
    CashRateView update(UUID id, long expectedVersion, CashRateRequest r) {
        CashRate rate = em.find(CashRate.class, id);
        if (rate == null) {
            throw ProblemException.notFound("Cash rate", id);
        }
        if (rate.version != expectedVersion) {
            throw Etags.stale();
        }
        check(r, id);
        apply(rate, r, OffsetDateTime.now(clock));
        Flushes.orStale(em);
        audit.record("CASH_RATE_UPDATED", RECORD, rate.id, null, null, null);
        return CashRateView.of(rate);
    }

    private void check(CashRateRequest r, UUID self) {
        var province = places.provinceOf(r.provinceCode().trim());
        if (province.isEmpty() || !province.get().equals(r.provinceCode().trim())) {
            throw ProblemException.invalid("provinceCode", "is not a province-level unit");
        }
        if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
            throw ProblemException.invalid("effectiveTo", "must not be before effectiveFrom");
        }
        // Serialise writers of one province's rates so two overlapping periods cannot both pass the check.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "cash_rate:" + r.provinceCode().trim())
                .getSingleResult();
        LocalDate far = LocalDate.of(9999, 12, 31);
        long overlapping = em.createQuery("SELECT count(r) FROM CashRate r WHERE r.provinceCode = ?1 AND r.supportType = ?2 "
                        + "AND r.effectiveFrom <= ?3 AND coalesce(r.effectiveTo, ?5) >= ?4 AND (?6 IS NULL OR r.id <> ?6)", Long.class)
                .setParameter(1, r.provinceCode().trim()).setParameter(2, r.supportType())
                .setParameter(3, r.effectiveTo() == null ? far : r.effectiveTo()).setParameter(4, r.effectiveFrom())
                .setParameter(5, far).setParameter(6, self).getSingleResult();
        if (overlapping > 0) {
            throw ProblemException.conflict("cash-rate.overlap",
                    "Another rate of this province and support covers part of this period; end it first");
        }
    }

    private static void apply(CashRate rate, CashRateRequest r, OffsetDateTime now) {
        rate.provinceCode = r.provinceCode().trim();
        rate.supportType = r.supportType();
        rate.amountVnd = r.amountVnd();
        rate.unit = r.unit();
        rate.effectiveFrom = r.effectiveFrom();
        rate.effectiveTo = r.effectiveTo();
        rate.legalBasis = r.legalBasis().trim();
        rate.updatedAt = now;
    }
}
