package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.Text;
import org.safereturn.report.PlanDtos.IndicatorList;
import org.safereturn.report.PlanDtos.IndicatorRequest;
import org.safereturn.report.PlanDtos.IndicatorView;

/** The indicators plans set targets for: read by planners and analysts, defined by admins. */
@ApplicationScoped
class IndicatorService {
    private static final String INDICATOR = "INDICATOR";

    @Inject
    IndicatorRepository indicators;
    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    @Transactional
    IndicatorList list() {
        return new IndicatorList(indicators.listByCode().stream().map(this::view).toList(),
                user.hasRole(Roles.ADMIN) ? List.of("CREATE") : List.of());
    }

    @Transactional
    IndicatorView get(String code) {
        return view(require(code));
    }

    @Transactional
    IndicatorView create(IndicatorRequest r) {
        IndicatorRules.check(r.unit(), r.numerator(), r.denominator());
        if (indicators.findByCode(r.code()).isPresent()) {
            throw exists(r.code());
        }
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.code = r.code();
        i.createdAt = now();
        define(i, r);
        indicators.persist(i);
        Flushes.orStale(indicators.getEntityManager(), () -> exists(r.code()));
        audit.event("INDICATOR_CREATED", INDICATOR, i.id).details("{\"code\":\"" + i.code + "\"}").write();
        return view(i);
    }

    @Transactional
    IndicatorView update(String code, long expectedVersion, IndicatorRequest r) {
        Indicator i = require(code);
        if (i.version != expectedVersion) {
            throw Etags.stale();
        }
        if (!code.equals(r.code())) {
            throw ProblemException.invalid("code", "cannot change; it is " + code);
        }
        IndicatorRules.check(r.unit(), r.numerator(), r.denominator());
        define(i, r);
        Flushes.orStale(indicators.getEntityManager(), () -> exists(r.code()));
        audit.event("INDICATOR_UPDATED", INDICATOR, i.id).details("{\"code\":\"" + i.code + "\"}").write();
        return view(i);
    }

    Indicator require(String code) {
        return indicators.findByCode(code).orElseThrow(() -> ProblemException.notFound("Indicator", code));
    }

    private void define(Indicator i, IndicatorRequest r) {
        i.define(r.nameVi().trim(), r.nameEn().trim(), Text.blankToNull(r.description()), r.unit(), r.direction(), r.numerator(),
                r.denominator(), now());
    }

    private IndicatorView view(Indicator i) {
        return IndicatorView.of(i, user.hasRole(Roles.ADMIN) ? List.of("UPDATE") : List.of());
    }

    private static ProblemException exists(String code) {
        return ProblemException.conflict("indicator.exists", "An indicator with code " + code + " exists");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
