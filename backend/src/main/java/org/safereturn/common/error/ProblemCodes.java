package org.safereturn.common.error;

import java.util.List;

/**
 * Every {@code code} a problem answer of the API can carry: the contract lists them (the
 * Problem schema's enumeration), the SPA has a message for each, and a test fails when the code
 * names one that is not here. Add a new code here when you throw it.
 */
public final class ProblemCodes {
    public static final List<String> ALL = List.of(
            "auth.forbidden", "auth.no-organization", "auth.organization-inactive", "auth.unauthenticated", "callback.done",
            "case.closed", "case.invalid-transition", "case.not-handed-over", "cash-rate.overlap", "category.shortcut-taken",
            "club.already-invited", "club.already-referred", "club.board-full", "club.exists", "club.followed-up",
            "club.head-taken", "club.meeting-exists", "club.meeting-held", "club.meeting-in-future",
            "club.member-consent-required", "club.member-erased", "club.member-left", "club.members-private", "club.not-a-club",
            "club.not-a-member", "club.outreach-consent-required", "club.seat-ended", "club.seat-held",
            "consent.already-withdrawn", "crypto.reencryption-running", "data.integrity-failed", "document.content-mismatch",
            "document.too-large", "document.unsupported-type", "export.expired", "idempotency.key-reused", "indicator.exists",
            "intake-draft.none", "internal", "line.code-taken", "organization.has-services", "plan.target-exists",
            "plan.targets-outside-year", "precondition.required", "precondition.stale", "prevention.reach-exceeds-population", "rate-limit.exceeded",
            "referral.already-linked", "referral.case-closed", "referral.consent-missing", "referral.has-case",
            "referral.invalid-transition", "referral.not-linked", "referral.override-needs-supervisor", "referral.wrong-side",
            "report.dhis2-unmapped", "report.not-in-agreement", "report.out-of-scope", "request.bad", "request.failed",
            "request.malformed", "request.method-not-allowed", "request.not-acceptable", "request.unsupported-media-type", "request.uri-too-long",
            "resource.exists", "resource.not-found", "service.timeout", "service.unavailable", "shelter.already-checked-out", "shelter.already-staying",
            "shelter.capacity-below-occupancy", "shelter.case-closed", "shelter.full", "shelter.room-closed",
            "shelter.room-exists", "shelter.room-occupied", "staff.unavailable", "support.not-entitled",
            "support.override-needs-supervisor", "ticket.closed", "ticket.deidentified", "ticket.invalid-transition",
            "ticket.no-phone", "validation.failed", "webhook.delivery-pending", "webhook.removed", "webhook.too-many");

    private ProblemCodes() {}
}
