package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safereturn.audit.AuditService;
import org.safereturn.club.ClubDtos.AttendanceRequest;
import org.safereturn.club.ClubDtos.MeetingAction;
import org.safereturn.club.ClubDtos.MeetingPage;
import org.safereturn.club.ClubDtos.MeetingRequest;
import org.safereturn.club.ClubDtos.MeetingView;
import org.safereturn.club.ClubDtos.SeriesRequest;
import org.safereturn.club.ClubDtos.TopicView;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Flushes;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.common.web.Etags;
import org.safereturn.common.web.PageQuery;

/**
 * A club's meetings: planned one by one or as a monthly series, recorded as held with topics and
 * minutes, and their attendance saved whole in one request. Overseers read the meetings with
 * counts; names and minutes are the club's own.
 */
@ApplicationScoped
public class MeetingService {
    static final String MEETING = "CLUB_MEETING";

    @Inject
    ClubAccess access;
    @Inject
    ClubMeetingRepository meetings;
    @Inject
    ClubMemberRepository members;
    @Inject
    MeetingAttendance attendance;
    @Inject
    MemberCodec codec;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    List<TopicView> topics() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, name_vi, name_en FROM club_meeting_topic WHERE active ORDER BY position")
                .getResultList();
        return rows.stream().map(r -> new TopicView((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Transactional
    MeetingPage list(UUID clubId, Integer year, Integer page, Integer size) {
        var reached = access.club(clubId);
        PageQuery pq = PageQuery.of(page, size, null, Map.of(), null);
        String where = "clubId = ?1";
        List<Object> params = new ArrayList<>(List.of(clubId));
        if (year != null) {
            if (year < 1990 || year > 2100) {
                throw ProblemException.invalid("year", "must be between 1990 and 2100");
            }
            where += " and meetingDate between ?2 and ?3";
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year, 12, 31));
        }
        var query = meetings.find(where + " order by meetingDate desc, id", params.toArray()).page(pq.panachePage());
        List<ClubMeeting> found = query.list();
        var counts = attendance.counts(found.stream().map(m -> m.id).toList());
        var guests = attendance.guestTotals(found.stream().map(m -> m.id).toList());
        List<MeetingView> items = found.stream().map(m -> new MeetingView(m.id, m.clubId, m.meetingDate, m.status, m.place, List.copyOf(m.topics),
                null, counts.getOrDefault(m.id, MeetingAttendance.NONE), guests.getOrDefault(m.id, 0L), null, null,
                actions(m, reached.level()), m.version)).toList();
        return new MeetingPage(items, pq.page(), pq.size(), query.count());
    }

    @Transactional
    MeetingView get(UUID clubId, UUID id) {
        var reached = access.club(clubId);
        ClubMeeting m = meetings.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        if (reached.level() == ClubAccess.Level.OWN) {
            audit.event("CLUB_MEETING_READ", MEETING, id).groups("IDENTITY").about(clubId).write();
        }
        return view(m, reached.level());
    }

    @Transactional
    MeetingView plan(UUID clubId, MeetingRequest r) {
        access.ownClub(clubId);
        ClubMeeting m = new ClubMeeting();
        m.id = UUID.randomUUID();
        m.clubId = clubId;
        m.createdAt = now();
        m.status = MeetingStatus.PLANNED;
        apply(m, r, checkedTopics(r.topics()));
        requireDateFree(clubId, r.meetingDate(), m.id);
        meetings.persist(m);
        Flushes.orStale(em);
        audit.event("CLUB_MEETING_PLANNED", MEETING, m.id).about(clubId).write();
        return view(m, ClubAccess.Level.OWN);
    }

    /** Plans the monthly series; answers the meetings it planned (months with a meeting are skipped). */
    @Transactional
    List<MeetingView> planSeries(UUID clubId, SeriesRequest r) {
        access.ownClub(clubId);
        YearMonth first = YearMonth.parse(r.firstMonth());
        YearMonth last = first.plusMonths(r.months() - 1);
        List<String> topics = checkedTopics(r.topics());
        var existing = meetings.datesBetween(clubId, first.atDay(1), last.atEndOfMonth());
        List<MeetingView> planned = new ArrayList<>();
        for (LocalDate day : MeetingSeries.dates(first, r.months(), r.dayOfMonth(), existing)) {
            ClubMeeting m = new ClubMeeting();
            m.id = UUID.randomUUID();
            m.clubId = clubId;
            m.meetingDate = day;
            m.status = MeetingStatus.PLANNED;
            m.place = r.place() == null || r.place().isBlank() ? null : r.place().trim();
            m.topics = new ArrayList<>(topics);
            m.createdAt = now();
            m.updatedAt = m.createdAt;
            meetings.persist(m);
            planned.add(view(m, ClubAccess.Level.OWN));
        }
        Flushes.orStale(em);
        audit.event("CLUB_MEETINGS_PLANNED", ClubService.CLUB, clubId).about(clubId).details("{\"count\":" + planned.size() + "}").write();
        return planned;
    }

    @Transactional
    MeetingView update(UUID clubId, UUID id, long version, MeetingRequest r) {
        access.ownClub(clubId);
        ClubMeeting m = meetings.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        if (m.version != version) {
            throw Etags.stale();
        }
        List<String> topics = checkedTopics(r.topics());
        requireDateFree(clubId, r.meetingDate(), id);
        apply(m, r, topics);
        Flushes.orStale(em);
        audit.event("CLUB_MEETING_CHANGED", MEETING, id).about(clubId).write();
        return view(m, ClubAccess.Level.OWN);
    }

    /** Saves the whole attendance of a meeting that has happened, and marks it held. */
    @Transactional
    MeetingView recordAttendance(UUID clubId, UUID id, long version, AttendanceRequest r) {
        access.ownClub(clubId);
        ClubMeeting m = meetings.findInClub(id, clubId).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        if (m.version != version) {
            throw Etags.stale();
        }
        m.markHeld(today(), now());
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < r.members().size(); i++) {
            if (!ids.add(r.members().get(i).memberId())) {
                throw ProblemException.invalid("members[" + i + "].memberId", "lists a member twice");
            }
        }
        Map<UUID, ClubMember> found = members.findInClub(ids, clubId).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        for (int i = 0; i < r.members().size(); i++) {
            ClubMember member = found.get(r.members().get(i).memberId());
            if (member == null || !member.memberOn(m.meetingDate)) {
                throw new ProblemException(422, "club.not-a-member", "Not a member",
                        "Attendance is recorded for members of this club on the meeting's day only",
                        List.of(new Problem.FieldError("members[" + i + "].memberId", "was not a member of this club on " + m.meetingDate)));
            }
        }
        var guests = r.guests() == null ? List.<ClubDtos.GuestCount>of() : r.guests();
        Set<String> guestKeys = new HashSet<>();
        for (int i = 0; i < guests.size(); i++) {
            if (!guestKeys.add(guests.get(i).sex() + "/" + guests.get(i).targetGroup())) {
                throw ProblemException.invalid("guests[" + i + "]", "lists the same sex and group twice");
            }
        }
        attendance.replace(m.id, r.members(), guests);
        Flushes.orStale(em);
        // The answer comes from what was just written and the members already read, not from reading it all back.
        MeetingView saved = attendance.saved(m, r.members(), guests, found, codec.minutes(m), actions(m, ClubAccess.Level.OWN));
        audit.event("CLUB_ATTENDANCE_RECORDED", MEETING, id).about(clubId)
                .details("{\"present\":" + (saved.attendance().present() + saved.attendance().late()) + ",\"listed\":" + ids.size() + "}").write();
        return saved;
    }

    private void requireDateFree(UUID clubId, LocalDate day, UUID except) {
        if (meetings.dateTaken(clubId, day, except)) {
            throw ProblemException.conflict("club.meeting-exists", "The club already has a meeting on " + day);
        }
    }

    /** Applies the request to the meeting, with its topics already checked against the list. */
    private void apply(ClubMeeting m, MeetingRequest r, List<String> topics) {
        MeetingStatus status = r.status() == null ? m.status : r.status();
        m.meetingDate = r.meetingDate();
        if (status == MeetingStatus.HELD) {
            m.markHeld(today(), now());
        } else if (m.status == MeetingStatus.HELD && attendance.counts(List.of(m.id)).containsKey(m.id)) {
            throw ProblemException.conflict("club.meeting-held", "A meeting with recorded attendance stays held");
        } else {
            m.status = MeetingStatus.PLANNED;
        }
        m.place = r.place() == null || r.place().isBlank() ? null : r.place().trim();
        m.topics = new ArrayList<>(topics);
        m.minutesEnc = codec.sealMinutes(r.minutes(), m);
        m.updatedAt = now();
    }

    /** The topics, each one of the list (422 naming the first that is not), without repeats. */
    List<String> checkedTopics(List<String> topics) {
        if (topics == null || topics.isEmpty()) {
            return List.of();
        }
        Set<String> known = topics().stream().map(TopicView::code).collect(Collectors.toSet());
        for (int i = 0; i < topics.size(); i++) {
            if (!known.contains(topics.get(i))) {
                throw ProblemException.invalid("topics[" + i + "]", "is not a topic of the list (GET /api/v1/club-meeting-topics)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(topics));
    }

    MeetingView view(ClubMeeting m, ClubAccess.Level level) {
        var counts = attendance.counts(List.of(m.id)).getOrDefault(m.id, MeetingAttendance.NONE);
        var guests = attendance.guests(m.id);
        long guestsTotal = guests.stream().mapToLong(g -> g.count()).sum();
        boolean own = level == ClubAccess.Level.OWN;
        List<ClubDtos.RosterEntry> entries = own ? attendance.roster(m) : null;
        return new MeetingView(m.id, m.clubId, m.meetingDate, m.status, m.place, List.copyOf(m.topics), own ? codec.minutes(m) : null,
                counts, guestsTotal, entries, guests, actions(m, level), m.version);
    }

    private List<MeetingAction> actions(ClubMeeting m, ClubAccess.Level level) {
        return ClubMeeting.actions(m.meetingDate, level == ClubAccess.Level.OWN, today());
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
