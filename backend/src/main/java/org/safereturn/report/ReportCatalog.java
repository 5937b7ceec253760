package org.safereturn.report;

import static org.safereturn.report.ReportDefinition.Dimension.of;
import static org.safereturn.report.ReportDefinition.Dimension.organization;
import static org.safereturn.report.ReportDefinition.Dimension.place;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safereturn.cases.SupportType;
import org.safereturn.report.ReportDefinition.Scope;

/**
 * The reports integrators and supervisors pull, each counted straight from the records'
 * plain facts (codes, dates, the CTDC age band kept at intake): nothing encrypted is opened.
 * Dates are read in Vietnam's calendar.
 */
final class ReportCatalog {
    private static final String VN = "'Asia/Ho_Chi_Minh'";
    private static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
    private static final List<String> AGE_BANDS = codes(org.safereturn.common.ctdc.AgeBand.values());
    private static final List<String> CHANNELS = List.of("POLICE_HANDOVER", "BORDER_GUARD_HANDOVER", "HOTLINE", "NGO", "OUTREACH", "SELF",
            "REPATRIATION_FROM_ABROAD", "OTHER");
    private static final List<String> CATEGORIES = codes(org.safereturn.cases.CaseCategory.values());
    private static final List<String> TARGET_GROUPS = List.of("VICTIM", "RETURNED_ILLEGAL_MIGRANT", "AT_RISK", "PROSPECTIVE_MIGRANT_WORKER",
            "RELATIVE_OF_VICTIM", "SOCIAL_WORK_COLLABORATOR", "NEIGHBOURHOOD_OFFICER", "OTHER");

    /** A case's place: where the person was found (a commune, or a province when only that is known). */
    // LEFT JOINs on unique keys, so that PostgreSQL leaves out the joins a report does not use (every
    // case has its person: person_id is NOT NULL and a foreign key).
    private static final String CASE_FROM = """
            case_file c LEFT JOIN person p ON p.id = c.person_id LEFT JOIN place pf ON pf.code = c.place_found_code""";
    private static final String CASE_PROVINCE = "coalesce(pf.parent_code, pf.code)";
    private static final String CASE_COMMUNE = "CASE WHEN pf.parent_code IS NOT NULL THEN pf.code END";
    private static final String RECEIVED = "c.received_at >= :fromTs AND c.received_at < :toTs";
    private static final String RECEIVED_MONTH = "to_char(c.received_at AT TIME ZONE " + VN + ", 'YYYY-MM')";
    private static final String IDENTIFIED = "c.ident_result = 'VICTIM' AND c.ident_decision_date BETWEEN :fromDate AND :toDate";
    private static final String IDENTIFIED_MONTH = "to_char(c.ident_decision_date, 'YYYY-MM')";

    static final Map<String, ReportDefinition> ALL = new LinkedHashMap<>();

    static {
        add(new ReportDefinition("cases-received", "Cases received",
                "Persons received (one per case), by the day they were received.",
                CASE_FROM, RECEIVED, RECEIVED_MONTH, Scope.ORGANIZATION, "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(RECEIVED_MONTH,
                        of("channel", "c.channel", CHANNELS), of("category", "c.category", CATEGORIES), of("sex", "p.sex", SEXES),
                        of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS), of("nationality", "coalesce(p.nationality, '00')", null),
                        place("province", "coalesce(" + CASE_PROVINCE + ", '00')"), place("commune", "coalesce(" + CASE_COMMUNE + ", '00000')"),
                        organization("handingOverOrganization", "coalesce(CAST(c.handing_over_organization_id AS text), 'NONE')"),
                        of("status", "c.status", codes(org.safereturn.cases.CaseStatus.values())))), ReportRollups::cases);
        add(new ReportDefinition("verification", "Verification within 3 days",
                "Cases received in the period by how their verification went: ended by the deadline (ON_TIME), after it (LATE), still running before it (PENDING) or past it (OVERDUE).",
                CASE_FROM, RECEIVED, RECEIVED_MONTH, Scope.ORGANIZATION, "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(RECEIVED_MONTH,
                        of("outcome", """
                                CASE WHEN c.verified_at IS NOT NULL AND c.verified_at <= c.verification_due_at THEN 'ON_TIME'
                                     WHEN c.verified_at IS NOT NULL THEN 'LATE'
                                     WHEN now() <= c.verification_due_at THEN 'PENDING' ELSE 'OVERDUE' END""",
                                List.of("ON_TIME", "LATE", "PENDING", "OVERDUE")),
                        of("channel", "c.channel", CHANNELS), of("category", "c.category", CATEGORIES), of("sex", "p.sex", SEXES),
                        place("province", "coalesce(" + CASE_PROVINCE + ", '00')"))), ReportRollups::cases);
        add(new ReportDefinition("victims-identified", "Victims identified",
                "Persons identified as victims, by the day of the decision.",
                CASE_FROM, IDENTIFIED, IDENTIFIED_MONTH, Scope.ORGANIZATION, "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(IDENTIFIED_MONTH,
                        of("sex", "p.sex", SEXES), of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS),
                        of("nationality", "coalesce(p.nationality, '00')", null),
                        of("countryOfExploitation", "coalesce(c.ident_country, '00')", null),
                        of("recruiterRelation", "coalesce(c.ident_recruiter_relation, 'UNKNOWN')", null),
                        of("category", "c.category", CATEGORIES), place("province", "coalesce(" + CASE_PROVINCE + ", '00')"),
                        of("supported", "CASE WHEN EXISTS (SELECT 1 FROM support_delivery sd WHERE sd.case_id = c.id) THEN 'YES' ELSE 'NO' END",
                                List.of("YES", "NO")))));
        add(new ReportDefinition("exploitation-forms", "Forms of exploitation",
                "Identified victims by each form of exploitation the decision names; a victim of two forms counts in both.",
                CASE_FROM + " CROSS JOIN unnest(c.ident_forms) AS f(form)", IDENTIFIED, IDENTIFIED_MONTH, Scope.ORGANIZATION,
                "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(IDENTIFIED_MONTH,
                        of("form", "f.form", null), of("sex", "p.sex", SEXES), of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS))));
        add(new ReportDefinition("exploitation-types", "Types of labour and sexual exploitation",
                "Identified victims by each type of labour (form LABOUR) or of sexual exploitation (form SEXUAL) the decision names; a victim of two types counts in both.",
                CASE_FROM + " CROSS JOIN LATERAL (SELECT 'LABOUR', lt FROM unnest(c.ident_labour_types) lt "
                        + "UNION ALL SELECT 'SEXUAL', st FROM unnest(c.ident_sexual_exploitation_types) st) AS et(form, type)",
                IDENTIFIED, IDENTIFIED_MONTH, Scope.ORGANIZATION, "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(IDENTIFIED_MONTH,
                        of("form", "et.form", List.of("LABOUR", "SEXUAL")), of("type", "et.type", null), of("sex", "p.sex", SEXES),
                        of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS))));
        add(new ReportDefinition("means-of-control", "Means of control",
                "Identified victims by each means of control the decision names; a victim of two means counts in both.",
                CASE_FROM + " CROSS JOIN unnest(c.ident_means_of_control) AS mc(means)", IDENTIFIED, IDENTIFIED_MONTH, Scope.ORGANIZATION,
                "c.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions(IDENTIFIED_MONTH,
                        of("means", "mc.means", null), of("sex", "p.sex", SEXES), of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS))));
        String sentMonth = "to_char(r.sent_at AT TIME ZONE " + VN + ", 'YYYY-MM')";
        add(new ReportDefinition("referrals", "Referrals",
                "Referrals sent in the period, by the day they were sent; an organization sees those it sent or received. The amount is the median time the receiver took to answer, in hours.",
                "referral r", "r.status <> 'DRAFT' AND r.sent_at >= :fromTs AND r.sent_at < :toTs", sentMonth, Scope.ORGANIZATION,
                "(r.sender_organization_id = :org OR r.receiver_organization_id = :org)", null, null, null,
                "count(*)", ReportDefinition.dimensions(sentMonth,
                        of("status", "r.status", List.of("SENT", "ACCEPTED", "DECLINED", "IN_PROGRESS", "COMPLETED", "CANCELLED")),
                        of("serviceType", "r.service_type", null), of("urgency", "r.urgency", List.of("ROUTINE", "URGENT", "EMERGENCY")),
                        organization("receiver", "CAST(r.receiver_organization_id AS text)"),
                        organization("sender", "CAST(r.sender_organization_id AS text)"),
                        of("subject", "CASE WHEN r.case_id IS NOT NULL THEN 'CASE' WHEN r.outreach_contact_id IS NOT NULL THEN 'OUTREACH' ELSE 'CLUB_MEMBER' END",
                                List.of("CASE", "OUTREACH", "CLUB_MEMBER")),
                        of("answer", "CASE WHEN r.answered_at IS NOT NULL AND r.answered_at <= r.answer_due_at THEN 'ON_TIME' "
                                + "WHEN r.answered_at IS NOT NULL THEN 'LATE' WHEN now() <= r.answer_due_at THEN 'PENDING' ELSE 'OVERDUE' END",
                                List.of("ON_TIME", "LATE", "PENDING", "OVERDUE"))))
                .withAmount(new ReportDefinition.Amount("percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (r.answered_at - r.sent_at)) / 3600.0)",
                        "median hours to answer", false)));
        String completedMonth = "to_char(r.completed_at AT TIME ZONE " + VN + ", 'YYYY-MM')";
        add(new ReportDefinition("referrals-completed", "Referrals completed",
                "Referrals completed in the period, by the day they were completed; the amount is the median time from sending to completion, in days.",
                "referral r", "r.completed_at >= :fromTs AND r.completed_at < :toTs", completedMonth, Scope.ORGANIZATION,
                "(r.sender_organization_id = :org OR r.receiver_organization_id = :org)", null, null, null,
                "count(*)", ReportDefinition.dimensions(completedMonth,
                        of("serviceType", "r.service_type", null), of("urgency", "r.urgency", List.of("ROUTINE", "URGENT", "EMERGENCY")),
                        of("outcome", "coalesce(r.outcome, 'NONE')", null),
                        organization("receiver", "CAST(r.receiver_organization_id AS text)"),
                        organization("sender", "CAST(r.sender_organization_id AS text)")))
                .withAmount(new ReportDefinition.Amount("percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (r.completed_at - r.sent_at)) / 86400.0)",
                        "median days to complete", false)));
        String callMonth = "to_char(t.started_at AT TIME ZONE " + VN + ", 'YYYY-MM')";
        add(new ReportDefinition("hotline-contacts", "Hotline contacts",
                "Calls and messages to the lines, by the time they started; the response is on time when it came by the deadline of its urgency. The amount is the average time to respond of the contacts answered, in minutes (the call centres' average speed of answer, which a rollup keeps exactly; a median it could not).",
                "hotline_ticket t LEFT JOIN hotline_line l ON l.id = t.line_id LEFT JOIN place tp ON tp.code = t.concerned_place_code",
                "t.started_at >= :fromTs AND t.started_at < :toTs", callMonth, Scope.ORGANIZATION, "t.organization_id = :org", null,
                "CASE WHEN tp.parent_code IS NOT NULL THEN tp.code END", "coalesce(tp.parent_code, tp.code)",
                "count(*)", ReportDefinition.dimensions(callMonth,
                        of("line", "l.code", null), of("channel", "t.channel", null), of("direction", "t.direction", null),
                        of("urgency", "t.urgency", List.of("EMERGENCY", "HIGH", "NORMAL", "LOW")),
                        of("response", "CASE WHEN t.responded_at IS NOT NULL AND t.responded_at <= t.response_due_at THEN 'ON_TIME' "
                                + "WHEN t.responded_at IS NOT NULL THEN 'LATE' WHEN now() <= t.response_due_at THEN 'PENDING' ELSE 'OVERDUE' END",
                                List.of("ON_TIME", "LATE", "PENDING", "OVERDUE")),
                        of("concernedSex", "coalesce(t.concerned_sex, 'UNKNOWN')", null),
                        place("province", "coalesce(tp.parent_code, tp.code, '00')")))
                .withAmount(new ReportDefinition.Amount("avg(EXTRACT(EPOCH FROM (t.responded_at - t.started_at))) / 60.0",
                        "average minutes to respond", false)), ReportRollups::hotline);
        add(new ReportDefinition("hotline-categories", "Hotline contacts by category",
                "Calls and messages by each category they were given; a contact of two categories counts in both.",
                "hotline_ticket t CROSS JOIN unnest(t.categories) AS hc(category)",
                "t.started_at >= :fromTs AND t.started_at < :toTs", callMonth, Scope.ORGANIZATION, "t.organization_id = :org", null, null, null,
                "count(*)", ReportDefinition.dimensions(callMonth, of("category", "hc.category", null),
                        of("urgency", "t.urgency", List.of("EMERGENCY", "HIGH", "NORMAL", "LOW")))));
        String deliveredMonth = "to_char(d.delivered_from, 'YYYY-MM')";
        add(new ReportDefinition("supports-delivered", "Persons supported",
                "Persons who received a support under the law, by the day it began; a person supported twice in a cell counts once. The amount is the cash paid (VND).",
                "support_delivery d JOIN case_file c ON c.id = d.case_id LEFT JOIN person p ON p.id = d.person_id LEFT JOIN place pf ON pf.code = c.place_found_code",
                "d.delivered_from BETWEEN :fromDate AND :toDate", deliveredMonth, Scope.ORGANIZATION, "c.organization_id = :org", null,
                CASE_COMMUNE, CASE_PROVINCE, "count(DISTINCT d.person_id)", ReportDefinition.dimensions(deliveredMonth,
                        of("supportType", "d.support_type", null), organization("provider", "CAST(d.provider_organization_id AS text)"),
                        of("sex", "p.sex", SEXES), of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS),
                        place("province", "coalesce(" + CASE_PROVINCE + ", '00')"))).withAmount(new ReportDefinition.Amount("sum(d.amount_vnd)", "VND", true)));
        add(new ReportDefinition("entitlement-coverage", "Entitlement coverage",
                "The supports the law entitles the persons of the cases received in the period to (Art. 37, by the case's identification, "
                        + "the citizenship recorded and the age band at intake; accompanying children with the person they accompany), "
                        + "one per person and support, and whether each was delivered (YES) or not yet (NO).",
                EntitledPersons.FROM, "e.received_at >= :fromTs AND e.received_at < :toTs", "to_char(e.received_at AT TIME ZONE " + VN + ", 'YYYY-MM')",
                Scope.ORGANIZATION, "e.organization_id = :org", null, CASE_COMMUNE, CASE_PROVINCE,
                "count(*)", ReportDefinition.dimensions("to_char(e.received_at AT TIME ZONE " + VN + ", 'YYYY-MM')",
                        of("supportType", "ent.support_type", codes(SupportType.values())),
                        of("delivered", "CASE WHEN EXISTS (SELECT 1 FROM support_delivery sd WHERE sd.case_id = e.case_id "
                                + "AND sd.person_id = e.person_id AND sd.support_type = ent.support_type) THEN 'YES' ELSE 'NO' END", List.of("YES", "NO")),
                        of("status", "ent.status", List.of("VICTIM", "BEING_IDENTIFIED")),
                        of("person", "CASE WHEN e.accompanying THEN 'ACCOMPANYING_CHILD' ELSE 'RECEIVED' END", List.of("RECEIVED", "ACCOMPANYING_CHILD")),
                        of("sex", "e.sex", SEXES), of("ageBand", "coalesce(e.age_band, 'UNKNOWN')", AGE_BANDS),
                        place("province", "coalesce(" + CASE_PROVINCE + ", '00')"))));
        String nightMonth = "to_char(n.night, 'YYYY-MM')";
        add(new ReportDefinition("shelter-occupancy", "Shelter occupancy",
                "The places of the rooms night by night up to last night (the count: bed-nights available) and the share of them taken; a person "
                        + "takes a place for a night when staying at the midnight that ends it. The amount is the occupancy in percent.",
                """
                shelter_room r CROSS JOIN LATERAL generate_series(CAST(:fromDate AS date), LEAST(CAST(:toDate AS date), CAST(now() AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date) - 1), interval '1 day') AS n(night)
                CROSS JOIN LATERAL (SELECT count(*) AS taken FROM shelter_stay s WHERE s.room_id = r.id
                    AND s.checked_in_at < (n.night + interval '1 day') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                    AND (s.checked_out_at IS NULL OR s.checked_out_at >= (n.night + interval '1 day') AT TIME ZONE 'Asia/Ho_Chi_Minh')) o""",
                "TRUE", nightMonth, Scope.ORGANIZATION, "r.organization_id = :org", null, null, null,
                "sum(r.capacity)", ReportDefinition.dimensions(nightMonth, of("room", "r.name", null)))
                .withAmount(new ReportDefinition.Amount("100.0 * sum(LEAST(o.taken, r.capacity)) / NULLIF(sum(r.capacity), 0)", "% occupied", false)));
        String checkInMonth = "to_char(s.checked_in_at AT TIME ZONE " + VN + ", 'YYYY-MM')";
        add(new ReportDefinition("shelter-stays", "Shelter stays",
                "Stays in the shelter at any time in the period (checked in before its end, not out before its start), by the month of check-in. The amount is the nights spent in the period (bed-nights; against the rooms' places, the occupancy).",
                "shelter_stay s JOIN shelter_room r ON r.id = s.room_id LEFT JOIN person p ON p.id = s.person_id",
                "s.checked_in_at < :toTs AND (s.checked_out_at IS NULL OR s.checked_out_at >= :fromTs)", checkInMonth, Scope.ORGANIZATION,
                "r.organization_id = :org", null, null, null, "count(*)", ReportDefinition.dimensions(checkInMonth,
                        of("room", "r.name", null), of("sex", "p.sex", SEXES), of("ageBand", "coalesce(p.age_band, 'UNKNOWN')", AGE_BANDS),
                        of("stay", "CASE WHEN s.checked_out_at IS NULL THEN 'STAYING' ELSE 'LEFT' END", List.of("STAYING", "LEFT"))))
                .withAmount(new ReportDefinition.Amount("sum(GREATEST(0, EXTRACT(EPOCH FROM (LEAST(coalesce(s.checked_out_at, now()), :toTs) - GREATEST(s.checked_in_at, :fromTs))) / 86400.0))",
                        "bed-nights", true)));
        String meetingMonth = "to_char(m.meeting_date, 'YYYY-MM')";
        add(new ReportDefinition("club-meetings", "Club meetings held",
                "Meetings held by the clubs, by their day.",
                "club_meeting m JOIN club k ON k.organization_id = m.club_id", "m.status = 'HELD' AND m.meeting_date BETWEEN :fromDate AND :toDate",
                meetingMonth, Scope.CLUBS, "m.club_id = :org", "k.province_code = :province", "k.place_code", "k.province_code",
                "count(*)", ReportDefinition.dimensions(meetingMonth, organization("club", "CAST(m.club_id AS text)"),
                        place("province", "k.province_code"))));
        add(new ReportDefinition("club-members", "Club members by group",
                "Members of the clubs at any time in the period (joined by its end, not left before its start), by group.",
                "club_member cm JOIN club k ON k.organization_id = cm.club_id",
                "cm.joined_on <= :toDate AND (cm.left_on IS NULL OR cm.left_on >= :fromDate)", "to_char(cm.joined_on, 'YYYY-MM')",
                Scope.CLUBS, "cm.club_id = :org", "k.province_code = :province", "k.place_code", "k.province_code",
                "count(*)", dimensionsWithoutMonth(of("targetGroup", "cm.target_group", TARGET_GROUPS), of("sex", "cm.sex", SEXES),
                        organization("club", "CAST(cm.club_id AS text)"))));
        String contactMonth = "to_char(o.contacted_on, 'YYYY-MM')";
        add(new ReportDefinition("outreach", "Outreach contacts",
                "People at risk the clubs' outreach reached, by the day of the contact.",
                "club_outreach_contact o JOIN club k ON k.organization_id = o.club_id", "o.contacted_on BETWEEN :fromDate AND :toDate",
                contactMonth, Scope.CLUBS, "o.club_id = :org", "k.province_code = :province", "k.place_code", "k.province_code",
                "count(*)", ReportDefinition.dimensions(contactMonth, of("targetGroup", "o.target_group", TARGET_GROUPS),
                        of("sex", "o.sex", SEXES), of("ageBand", "o.age_band", AGE_BANDS), organization("club", "CAST(o.club_id AS text)"))));
        String trainingMonth = "to_char(x.starts_on, 'YYYY-MM')";
        add(new ReportDefinition("trainings", "Officers trained",
                "Officers trained, by the day the training started: named participants who attended (fully or partly) and participants counted by unit.",
                """
                (SELECT t.organizer_organization_id AS organizer, t.starts_on, t.place_code, n.staff_role, n.organization_id AS unit, 1 AS people
                   FROM training t JOIN training_participant n ON n.training_id = t.id WHERE n.attendance <> 'ABSENT'
                 UNION ALL
                 SELECT t.organizer_organization_id, t.starts_on, t.place_code, k.staff_role, k.organization_id, k.count
                   FROM training t JOIN training_participant_count k ON k.training_id = t.id) x
                LEFT JOIN place tp ON tp.code = x.place_code""",
                "x.starts_on BETWEEN :fromDate AND :toDate", trainingMonth, Scope.ORGANIZATION, "x.organizer = :org", null,
                "CASE WHEN tp.parent_code IS NOT NULL THEN tp.code END", "coalesce(tp.parent_code, tp.code)",
                "sum(x.people)", ReportDefinition.dimensions(trainingMonth, of("staffRole", "x.staff_role", null),
                        organization("unit", "coalesce(CAST(x.unit AS text), 'NONE')"), organization("organizer", "CAST(x.organizer AS text)"))));
        String campaignMonth = "to_char(ic.starts_on, 'YYYY-MM')";
        add(new ReportDefinition("people-reached", "People reached by information",
                "Residents the information campaigns reached, by the day the campaign started, as each campaign counted them.",
                "information_campaign ic JOIN campaign_reach cr ON cr.campaign_id = ic.id JOIN place cp ON cp.code = ic.place_code",
                "ic.starts_on BETWEEN :fromDate AND :toDate", campaignMonth, Scope.ORGANIZATION, "ic.organizer_organization_id = :org", null,
                "CASE WHEN cp.parent_code IS NOT NULL THEN cp.code END", "coalesce(cp.parent_code, cp.code)",
                "sum(cr.count)", ReportDefinition.dimensions(campaignMonth, of("channel", "ic.channel", null), of("sex", "cr.sex", null),
                        of("ageGroup", "cr.age_group", List.of("CHILDREN", "ADULTS", "UNKNOWN")), place("commune", "ic.place_code"))));

        // What plans count against: residents and staff, as last recorded by the period's end.
        String latestPopulation = """
                (SELECT DISTINCT ON (place_code) place_code, population, women, children FROM commune_population
                  WHERE as_of <= :toDate ORDER BY place_code, as_of DESC) cp JOIN place pp ON pp.code = cp.place_code""";
        for (String[] group : new String[][] {{"population", "Residents", "population"}, {"population-women", "Women residents", "women"},
                {"population-children", "Child residents", "children"}}) {
            add(new ReportDefinition(group[0], group[1],
                    group[1] + " of the communes, as last recorded on or before the period's end (admins record them).",
                    latestPopulation, "TRUE", null, Scope.PUBLIC, null, null, "pp.code", "pp.parent_code",
                    "sum(cp." + group[2] + ")", dimensionsWithoutMonth(place("commune", "pp.code"))));
        }
        add(new ReportDefinition("staff-roster", "Staff",
                "Staff of the organizations by role, as last recorded on or before the period's end (their supervisors record them).",
                """
                (SELECT DISTINCT ON (organization_id, staff_role) organization_id, staff_role, headcount FROM staff_roster
                  WHERE as_of <= :toDate ORDER BY organization_id, staff_role, as_of DESC) sr
                JOIN organization so ON so.id = sr.organization_id LEFT JOIN place sp ON sp.code = so.place_code""",
                "TRUE", null, Scope.ORGANIZATION, "sr.organization_id = :org", null,
                "CASE WHEN sp.parent_code IS NOT NULL THEN sp.code END", "coalesce(sp.parent_code, sp.code)",
                "sum(sr.headcount)", dimensionsWithoutMonth(of("staffRole", "sr.staff_role", null),
                        organization("organization", "CAST(sr.organization_id AS text)"))));
    }

    private ReportCatalog() {}

    /** The report of that name; 404 when there is none. */
    static ReportDefinition require(String name) {
        ReportDefinition d = ALL.get(name);
        if (d == null) {
            throw org.safereturn.common.error.ProblemException.notFound("Report", name);
        }
        return d;
    }

    private static void add(ReportDefinition d) {
        ALL.put(d.name(), d);
    }

    /** A report with the rollup the database keeps for it. */
    private static void add(ReportDefinition d, java.util.function.UnaryOperator<ReportDefinition> rollup) {
        add(d.withRollup(rollup.apply(d)));
    }

    private static Map<String, ReportDefinition.Dimension> dimensionsWithoutMonth(ReportDefinition.Dimension... dims) {
        Map<String, ReportDefinition.Dimension> map = new LinkedHashMap<>();
        Arrays.stream(dims).forEach(d -> map.put(d.name(), d));
        return map;
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
