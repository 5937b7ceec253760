package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safereturn.cases.CaseDtos.AssigneeView;
import org.safereturn.cases.CaseDtos.CaseBrief;
import org.safereturn.cases.CaseDtos.CaseView;
import org.safereturn.cases.CaseDtos.HandoverView;
import org.safereturn.cases.CaseDtos.IdentificationView;
import org.safereturn.cases.CaseDtos.PossibleDuplicate;

/**
 * The views of a case, one per audience, built here and nowhere else: the whole case for those
 * who work it (social workers and supervisors of its organization), a brief for hotline operators,
 * and {@link SharedCase} for an organization it is shared with.
 */
@ApplicationScoped
class CaseViews {
    @Inject
    PersonCodec codec;
    @Inject
    Clock clock;
    @Inject
    ClubLinks clubLinks;

    /** Everything, for those who work the case; {@code duplicates} only right after an intake. */
    CaseView full(CaseFile c, List<PossibleDuplicate> duplicates) {
        IdentificationView identification = c.identResult == null ? null : new IdentificationView(
                c.identOrganizationId, c.identDecisionDate, c.identDocumentNumber, c.identResult,
                c.identForms == null ? List.of() : List.copyOf(c.identForms), c.identCountry,
                c.identMeansOfControl == null ? List.of() : List.copyOf(c.identMeansOfControl), c.identRecruiterRelation,
                c.identLabourTypes == null ? List.of() : List.copyOf(c.identLabourTypes),
                c.identSexualExploitationTypes == null ? List.of() : List.copyOf(c.identSexualExploitationTypes),
                codec.decrypt(c.identReasonEnc, "case_file.ident_reason_enc", c.id));
        HandoverView handover = c.handoverReceiver == null ? null : new HandoverView(c.handoverReceiver,
                codec.decrypt(c.handoverReceiverNameEnc, "case_file.handover_receiver_name_enc", c.id), c.handoverReceiverOrganizationId, c.handoverReceiverDocument, c.handedOverAt, c.handoverPlaceCode);
        return new CaseView(c.id, c.caseNumber, c.organizationId, c.status, c.category, c.channel,
                c.handingOverOrganizationId, c.handoverDocumentNumber, c.receivedAt, c.placeFoundCode,
                codec.decrypt(c.placeFoundDescriptionEnc, "case_file.place_found_description_enc", c.id), c.verificationDueAt, c.verificationOverdue(OffsetDateTime.now(clock)),
                c.assignedSubject == null ? null : new AssigneeView(c.assignedSubject, c.assignedName),
                codec.view(c.person), c.children.stream().map(codec::view).toList(),
                codec.decrypt(c.narrativeEnc, "case_file.narrative_enc", c.id),
                identification, handover, c.nextVisitDue, duplicates, clubLinks.of(c.id), c.version, c.createdAt, c.updatedAt);
    }

    /** What a hotline operator may know of a case: number, status, category, the person's initials, who works it. */
    CaseBrief brief(CaseFile c) {
        return new CaseBrief(c.id, c.caseNumber, c.status, c.category, initials(codec.fullName(c.person)), c.assignedName,
                c.status != CaseStatus.CLOSED);
    }

    /** "Nguyễn Thị Hoa" → "N.T.H.": enough to confirm a caller's case on the phone, not to identify anyone. */
    static String initials(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        return Arrays.stream(fullName.trim().split("\\s+"))
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining());
    }
}
