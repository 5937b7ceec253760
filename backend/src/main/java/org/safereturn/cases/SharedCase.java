package org.safereturn.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.consent.Disclosure;
import org.safereturn.consent.FieldGroup;

/**
 * What another organization may see of a case: its number, category and status always; then
 * each person of the case (the main person, each accompanying child) with exactly the field
 * groups that person's own consent shares (or an override, while it lasts); a person with none
 * is left out. Built by {@link CaseService#sharedView}, the one place that decides it.
 */
@Schema(name = "SharedCase", description = "A case as an organization it is shared with sees it: each person with only the groups their own consent (or an override) shares")
public record SharedCase(
        UUID caseId, String caseNumber, CaseCategory category, CaseStatus status,
        @Schema(description = "The groups shown of at least one person, e.g. [IDENTITY, CONTACT]") List<String> fieldGroups,
        @Schema(description = "The persons shown; a person without consent is absent") List<SharedPerson> persons) {

    /** One person of a shared case: the fields of the groups shown, the rest absent. */
    @Schema(name = "SharedPerson", description = "A person of a shared case: fields outside the groups shown are absent")
    public record SharedPerson(
            UUID personId,
            @Schema(enumeration = {"MAIN_PERSON", "ACCOMPANYING_CHILD"}) String role,
            @Schema(description = "CONSENT: the person's own consent; OVERRIDE: a supervisor's emergency override beyond it", enumeration = {"CONSENT", "OVERRIDE"}) String basis,
            @Schema(description = "The groups shown of this person") List<String> fieldGroups,
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
            @Schema(description = "NARRATIVE, of the main person only: the case's story") String narrative) {

        static SharedPerson of(CaseDtos.PersonView p, String role, boolean byOverride, Set<FieldGroup> groups, String narrative) {
            boolean identity = groups.contains(FieldGroup.IDENTITY);
            boolean contact = groups.contains(FieldGroup.CONTACT);
            boolean health = groups.contains(FieldGroup.HEALTH);
            boolean story = groups.contains(FieldGroup.NARRATIVE);
            return new SharedPerson(p.id(), role, byOverride ? "OVERRIDE" : "CONSENT", groups.stream().map(Enum::name).toList(),
                    identity ? p.fullName() : null, identity ? p.otherNames() : null, identity && p.sex() != null ? p.sex().name() : null,
                    identity ? p.birthDate() : null, identity ? p.estimatedAge() : null, identity ? p.nationality() : null,
                    identity && p.idDocumentType() != null ? p.idDocumentType().name() : null, identity ? p.idDocumentNumber() : null,
                    contact ? p.phone() : null, contact ? p.homePlaceCode() : null, contact ? p.languages() : null,
                    health ? p.disabilities() : null, story ? narrative : null);
        }
    }

    /** The persons of {@code c} as {@code disclosure} allows; decrypts only what is shown. */
    static SharedCase of(CaseFile c, Disclosure disclosure, PersonCodec codec) {
        List<SharedPerson> persons = new ArrayList<>();
        Set<FieldGroup> main = disclosure.groupsOf(c.person.id);
        if (!main.isEmpty()) {
            String narrative = main.contains(FieldGroup.NARRATIVE) ? codec.decrypt(c.narrativeEnc, "case_file.narrative_enc", c.id) : null;
            persons.add(SharedPerson.of(codec.view(c.person), "MAIN_PERSON", disclosure.byOverride(c.person.id), main, narrative));
        }
        for (Person child : c.children) {
            Set<FieldGroup> groups = disclosure.groupsOf(child.id);
            if (!groups.isEmpty()) {
                groups.remove(FieldGroup.NARRATIVE);
                if (!groups.isEmpty()) {
                    persons.add(SharedPerson.of(codec.view(child), "ACCOMPANYING_CHILD", disclosure.byOverride(child.id), groups, null));
                }
            }
        }
        List<String> union = List.of(FieldGroup.values()).stream()
                .filter(g -> persons.stream().anyMatch(p -> p.fieldGroups().contains(g.name()))).map(Enum::name).toList();
        return new SharedCase(c.id, c.caseNumber, c.category, c.status, union, persons);
    }
}
