package org.safereturn.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.security.Roles;
import org.safereturn.directory.OrganizationService;

/**
 * The counts the navigation shows beside its items, for the caller's organization and role: what
 * waits for an answer or is past its deadline. Counts say nothing about any person, so reading
 * them is not audited; each is the same condition as the list it leads to.
 */
@ApplicationScoped
class HomeCounts {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    OrganizationService organizations;
    @Inject
    Clock clock;

    @Transactional
    HomeDtos.Counts counts() {
        UUID org = organizations.callerOrganization();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean caseworker = user.hasRole(Roles.SOCIAL_WORKER) || user.hasRole(Roles.SUPERVISOR);
        boolean referrals = caseworker || user.hasRole(Roles.PARTNER);
        boolean hotline = caseworker || user.hasRole(Roles.HOTLINE_OPERATOR);
        return new HomeDtos.Counts(
                referrals ? count("SELECT count(*) FROM referral WHERE receiver_organization_id = ?1 AND status = 'SENT'", org) : null,
                referrals ? count("SELECT count(*) FROM referral WHERE receiver_organization_id = ?1 AND status = 'SENT' AND answer_due_at < ?2", org, now) : null,
                caseworker ? count("SELECT count(*) FROM case_file WHERE organization_id = ?1 AND status IN ('OPEN', 'UNDER_VERIFICATION') "
                        + "AND verification_due_at < ?2", org, now) : null,
                caseworker ? count("SELECT count(*) FROM case_file WHERE organization_id = ?1 AND status IN ('HANDED_OVER', 'FOLLOW_UP') "
                        + "AND next_visit_due <= ?2", org, now.atZoneSameInstant(VIETNAM).toLocalDate()) : null,
                hotline ? count("SELECT count(*) FROM hotline_ticket WHERE organization_id = ?1 AND urgency = 'EMERGENCY' "
                        + "AND status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS')", org) : null,
                hotline ? count("SELECT count(*) FROM hotline_ticket WHERE organization_id = ?1 AND assigned_subject = ?2 "
                        + "AND status IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS')", org, user.subject()) : null);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
