package org.safereturn.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of the support plan, deliveries and cash rates. */
final class SupportDtos {
    private SupportDtos() {}

    @Schema(name = "EntitlementLine", description = "One support of the law's list for one person: allowed, or denied with a reason code")
    record EntitlementLine(SupportType type, @Schema(description = "The law's letter (a…k), null for the additions") String letter,
                           boolean allowed, @Schema(examples = "entitlement.foreign-victim") String reason,
                           int deliveries, long amountVndDelivered) {}

    @Schema(name = "PersonEntitlement")
    record PersonEntitlement(UUID personId, boolean accompanyingChild, String basis, List<EntitlementLine> lines) {}

    @Schema(name = "CaseEntitlements", description = "What each person of the case may get under Art. 37, and what was delivered")
    record CaseEntitlements(UUID caseId, List<PersonEntitlement> persons) {}

    @Schema(name = "SupportOverride", description = "A supervisor's decision to deliver beyond the entitlement")
    record OverrideRequest(@NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SupportDeliveryRequest")
    record DeliveryRequest(
            @NotNull UUID personId,
            @NotNull SupportType type,
            @NotNull UUID providerOrganizationId,
            @NotNull LocalDate deliveredFrom,
            LocalDate deliveredTo,
            @Min(1) @Max(3650) @Schema(description = "Days, months or items, as the cash rate's unit counts") Integer quantity,
            @Min(0) @Max(10_000_000_000L) @Schema(description = "Cash in VND; when omitted for a support with a cash rate, rate × quantity") Long amountVnd,
            @Size(max = 2000) String note,
            @jakarta.validation.Valid OverrideRequest override) {}

    @Schema(name = "SupportDelivery")
    record DeliveryView(UUID id, UUID caseId, UUID personId, SupportType type, UUID providerOrganizationId,
                        LocalDate deliveredFrom, LocalDate deliveredTo, Integer quantity, Long amountVnd, UUID cashRateId,
                        String note, String overrideReason, String overrideByName, String recordedByName, OffsetDateTime createdAt) {}

    @Schema(name = "SupportDeliveryList")
    record DeliveryList(List<DeliveryView> items) {}

    @Schema(name = "CashRateRequest")
    record CashRateRequest(
            @NotBlank @Size(max = 10) @Schema(examples = "22") String provinceCode,
            @NotNull SupportType supportType,
            @NotNull @Min(1) @Max(10_000_000_000L) Long amountVnd,
            @NotNull CashRate.Unit unit,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotBlank @Size(max = 300) @Schema(examples = "Nghị quyết HĐND tỉnh …") String legalBasis) {}

    @Schema(name = "CashRate")
    record CashRateView(UUID id, String provinceCode, SupportType supportType, long amountVnd, CashRate.Unit unit,
                        LocalDate effectiveFrom, LocalDate effectiveTo, String legalBasis, long version) {
        static CashRateView of(CashRate r) {
            return new CashRateView(r.id, r.provinceCode, r.supportType, r.amountVnd, r.unit, r.effectiveFrom, r.effectiveTo,
                    r.legalBasis, r.version);
        }
    }

    @Schema(name = "CashRateList")
    record CashRateList(List<CashRateView> items) {}
}
