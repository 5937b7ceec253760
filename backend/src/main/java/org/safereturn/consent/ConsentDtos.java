package org.safereturn.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.consent.Consent.Giver;
import org.safereturn.consent.Consent.Method;
import org.safereturn.consent.Consent.Purpose;

/** Request and response records of the consent ledger. */
final class ConsentDtos {
    private ConsentDtos() {}

    @Schema(name = "ConsentRequest", description = "A consent as given by the person or their guardian")
    record ConsentRequest(
            @NotNull @Schema(description = "The person of the case (or an accompanying child) it concerns") UUID personId,
            @NotNull Giver givenBy,
            @Size(max = 200) String guardianName,
            @Size(max = 100) @Schema(examples = "mother") String guardianRelation,
            @NotNull Purpose purpose,
            @Schema(description = "Required for SHARE_WITH_ORGANIZATION") UUID organizationId,
            @NotEmpty @Size(max = 4) List<@NotNull FieldGroup> fieldGroups,
            @NotNull @PastOrPresent OffsetDateTime givenAt,
            @NotNull Method method,
            @Size(max = 200) String witnessName,
            OffsetDateTime validUntil) {}

    @Schema(name = "Consent")
    record ConsentView(UUID id, UUID caseId, UUID personId, Giver givenBy, String guardianName, String guardianRelation,
                       Purpose purpose, UUID organizationId, List<FieldGroup> fieldGroups, OffsetDateTime givenAt,
                       Method method, String witnessName, OffsetDateTime validUntil, boolean active,
                       String recordedByName, OffsetDateTime withdrawnAt, String withdrawalReason, String withdrawnByName) {}

    @Schema(name = "ConsentList")
    record ConsentList(List<ConsentView> items) {}

    @Schema(name = "WithdrawalRequest")
    record WithdrawalRequest(@jakarta.validation.constraints.NotBlank @Size(max = 1000) String reason) {}
}
