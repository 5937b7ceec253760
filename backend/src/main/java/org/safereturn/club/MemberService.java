package org.safereturn.club;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.club.ClubDtos.MemberAction;
import org.safereturn.club.ClubDtos.MemberPage;
import org.safereturn.club.ClubDtos.MemberRequest;
import org.safereturn.club.ClubDtos.MemberView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.persistence.IdempotencyKeys;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;

/**
 * A club's members, read and kept by the club's own users only; every read of names is audited.
 * No consent, no record: a member is recorded only with the consent to keep their data, and
 * erased when it is withdrawn.
 */
@ApplicationScoped
public class MemberService {
    static final String MEMBER = "CLUB_MEMBER";
    private static final Map<String, String> SORTABLE = Map.of("joinedOn", "joinedOn", "targetGroup", "targetGroup", "createdAt", "createdAt");

    @Inject
    ClubAccess access;
    @Inject
    ClubMemberRepository members;
    @Inject
    MemberCodec codec;
    @Inject
    AuditService audit;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Which members a list shows: those in the club now (the default), those who left, or all. */
    enum Standing { ACTIVE, LEFT, ALL }

    @Transactional
    MemberPage list(UUID clubId, TargetGroup group, Standing standing, Integer page, Integer size, String sort) {
        Club club = access.ownClub(clubId);
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, Sort.by("targetGroup").and("joinedOn").and("id"));
        LocalDate today = today();
        String where = "clubId = :club";
        Parameters params = Parameters.with("club", club.id);
        Standing s = standing == null ? Standing.ACTIVE : standing;
        if (s == Standing.ACTIVE) {
            where += " and erasedAt is null and (leftOn is null or leftOn >= :today)";
            params.and("today", today);
        } else if (s == Standing.LEFT) {
            where += " and (erasedAt is not null or leftOn < :today)";
            params.and("today", today);
        }
        if (group != null) {
            where += " and targetGroup = :group";
            params.and("group", group);
        }
        var query = members.find(where, pq.sort(), params).page(pq.panachePage());
        List<MemberView> items = query.list().stream().map(this::view).toList();
        audit.event("CLUB_MEMBERS_LISTED", ClubService.CLUB, clubId).groups("IDENTITY,CONTACT").about(clubId)
                .details("{\"count\":" + items.size() + "}").write();
        return new MemberPage(items, pq.page(), pq.size(), query.count());
    }

    @Transactional
    MemberView get(UUID clubId, UUID id) {
        access.ownClub(clubId);
        ClubMember member = members.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Member", id));
        audit.event("CLUB_MEMBER_READ", MEMBER, id).groups("IDENTITY,CONTACT").about(clubId).write();
        return view(member);
    }

    @Transactional
    MemberView add(UUID clubId, MemberRequest r, String idempotencyKey) {
        access.ownClub(clubId);
        String id = idempotency.once(idempotencyKey, "addClubMember", r, () -> insert(clubId, r).toString());
        return view(members.findById(UUID.fromString(id)));
    }

    private UUID insert(UUID clubId, MemberRequest r) {
        check(r);
        OffsetDateTime now = now();
        ClubMember m = new ClubMember();
        m.id = UUID.randomUUID();
        m.clubId = clubId;
        m.createdAt = now;
        apply(m, r, now);
        members.persist(m);
        audit.event("CLUB_MEMBER_ADDED", MEMBER, m.id).about(clubId).details("{\"targetGroup\":\"" + m.targetGroup + "\"}").write();
        return m.id;
    }

    @Transactional
    MemberView update(UUID clubId, UUID id, long version, MemberRequest r) {
        access.ownClub(clubId);
        ClubMember m = members.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Member", id));
        if (m.version != version) {
            throw Etags.stale();
        }
        if (m.erasedAt != null) {
            throw ProblemException.conflict("club.member-erased", "The member's data was erased when the consent was withdrawn");
        }
        check(r);
        apply(m, r, now());
        Flushes.orStale(em);
        audit.event("CLUB_MEMBER_CHANGED", MEMBER, id).about(clubId).write();
        return view(m);
    }

    @Transactional
    MemberView leave(UUID clubId, UUID id, LocalDate on) {
        access.ownClub(clubId);
        ClubMember m = members.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Member", id));
        m.leave(on, now());
        audit.event("CLUB_MEMBER_LEFT", MEMBER, id).about(clubId).write();
        return view(m);
    }

    /** The consent to keep the member's data is withdrawn: name and phone are erased now. */
    @Transactional
    MemberView erase(UUID clubId, UUID id) {
        access.ownClub(clubId);
        ClubMember m = members.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Member", id));
        m.erase(today(), now());
        audit.event("CLUB_MEMBER_ERASED", MEMBER, id).about(clubId).reason("CONSENT_WITHDRAWN").write();
        return view(m);
    }

    /** The rules a member's record keeps beyond its field constraints. */
    private void check(MemberRequest r) {
        if (r.consent() == null) {
            throw new ProblemException(422, "club.member-consent-required", "Consent required",
                    "A member is recorded only with their (or their guardian's) consent to keep their membership data",
                    List.of(new Problem.FieldError("consent", "is required: no consent, no record")));
        }
        LocalDate today = today();
        if (r.joinedOn().isAfter(today)) {
            throw ProblemException.invalid("joinedOn", "must not be in the future");
        }
        if (r.consent().givenOn().isAfter(today)) {
            throw ProblemException.invalid("consent.givenOn", "must not be in the future");
        }
        if (r.birthYear() != null && r.birthYear() > today.getYear()) {
            throw ProblemException.invalid("birthYear", "must not be in the future");
        }
    }

    private void apply(ClubMember m, MemberRequest r, OffsetDateTime now) {
        codec.seal(m, r.fullName(), r.phone());
        m.sex = r.sex();
        m.birthYear = r.birthYear() == null ? null : r.birthYear().shortValue();
        m.targetGroup = r.targetGroup();
        m.joinedOn = r.joinedOn();
        m.consentGivenOn = r.consent().givenOn();
        m.consentGivenBy = r.consent().givenBy();
        m.updatedAt = now;
    }

    MemberView view(ClubMember m) {
        List<MemberAction> actions = new ArrayList<>();
        if (m.erasedAt == null) {
            actions.add(MemberAction.EDIT);
            if (m.leftOn == null) {
                actions.add(MemberAction.LEAVE);
            }
            actions.add(MemberAction.ERASE);
        }
        return new MemberView(m.id, m.clubId, m.erasedAt == null ? codec.fullName(m) : null, m.sex,
                m.birthYear == null ? null : m.birthYear.intValue(), m.erasedAt == null ? codec.phone(m) : null, m.targetGroup,
                m.joinedOn, m.leftOn, m.consentGivenOn, m.consentGivenBy, m.erasedAt != null, actions, m.version);
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
