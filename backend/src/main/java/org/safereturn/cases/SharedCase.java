package org.safereturn.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What another organization may see of a case: its number, category and status always; the
 * person's fields only in the groups shared with it (IDENTITY, CONTACT, HEALTH, NARRATIVE), the
 * rest null. Built by {@link CaseService#sharedView}.
 */
@Schema(name = "SharedCase", description = "A case as an organization it is shared with sees it: fields outside the shared groups are absent")
public record SharedCase(
        UUID caseId, String caseNumber, CaseCategory category, CaseStatus status,
        @Schema(description = "The groups shown, e.g. [IDENTITY, CONTACT]") List<String> fieldGroups,
        @Schema(description = "IDENTITY") String fullName,
        @Schema(description = "IDENTITY") List<String> otherNames,
        @Schema(description = "IDENTITY", enumeration = {"FEMALE", "MALE", "OTHER", "UNKNOWN"}) String sex,
        @Schema(description = "IDENTITY") LocalDate birthDate,
        @Schema(description = "IDENTITY") Integer estimatedAge,
        @Schema(description = "IDENTITY") String nationality,
        @Schema(description = "IDENTITY", enumeration = {"CITIZEN_ID", "PASSPORT", "BIRTH_CERTIFICATE", "OTHER", "NONE"}) String idDocumentType,
        @Schema(description = "IDENTITY") String idDocumentNumber,
        @Schema(description = "CONTACT") String phone,
        @Schema(description = "CONTACT") String homePlaceCode,
        @Schema(description = "CONTACT") List<String> languages,
        @Schema(description = "HEALTH") String disabilities,
        @Schema(description = "NARRATIVE") String narrative) {

    static SharedCase of(CaseFile c, CaseDtos.PersonView p, String narrative, Set<String> groups) {
        boolean identity = groups.contains("IDENTITY");
        boolean contact = groups.contains("CONTACT");
        boolean health = groups.contains("HEALTH");
        boolean story = groups.contains("NARRATIVE");
        return new SharedCase(c.id, c.caseNumber, c.category, c.status,
                List.of("IDENTITY", "CONTACT", "HEALTH", "NARRATIVE").stream().filter(groups::contains).toList(),
                identity ? p.fullName() : null, identity ? p.otherNames() : null, identity && p.sex() != null ? p.sex().name() : null,
                identity ? p.birthDate() : null, identity ? p.estimatedAge() : null, identity ? p.nationality() : null,
                identity && p.idDocumentType() != null ? p.idDocumentType().name() : null, identity ? p.idDocumentNumber() : null,
                contact ? p.phone() : null, contact ? p.homePlaceCode() : null, contact ? p.languages() : null,
                health ? p.disabilities() : null, story ? narrative : null);
    }
}
