package org.safereturn.directory;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The directory in Open Referral's Human Services Data Specification 3.0 shape (snake_case). */
final class HsdsDtos {
    private HsdsDtos() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsPhone")
    record Phone(String number, String type, String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsLanguage")
    record Language(String code) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsOrganization", description = "An organization as HSDS 3.0 describes it")
    record Organization(UUID id, String name, String alternateName, String description, String email,
                        String website, List<Phone> phones) {
        static Organization of(DirectoryDtos.OrganizationView o) {
            List<Phone> phones = new java.util.ArrayList<>();
            if (o.phone() != null) {
                phones.add(new Phone(o.phone(), "voice", "main line"));
            }
            o.hotlines().forEach(h -> phones.add(new Phone(h, "voice", "hotline")));
            return new Organization(o.id(), o.nameVi(), o.nameEn(), describe(o), o.email(), o.website(), phones);
        }

        private static String describe(DirectoryDtos.OrganizationView o) {
            return o.kind().name().toLowerCase().replace('_', ' ') + (o.address() != null ? ", " + o.address() : "");
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsService", description = "A service as HSDS 3.0 describes it")
    record Service(UUID id, UUID organizationId, String name, String alternateName, String description,
                   @Schema(enumeration = {"active", "inactive", "defunct", "temporarily closed"}) String status,
                   String eligibilityDescription, List<Language> languages, Organization organization) {
        static Service of(DirectoryDtos.ServiceView s, Organization organization) {
            return new Service(s.id(), s.organizationId(), s.nameVi(), s.nameEn(), s.description(),
                    s.status().hsds(), s.eligibility(), s.languages().stream().map(Language::new).toList(), organization);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsOrganizationPage", description = "HSDS 3.0 paginated list")
    record OrganizationPage(long totalItems, long totalPages, int pageNumber, int size, boolean firstPage,
                            boolean lastPage, boolean empty, List<Organization> contents) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsServicePage", description = "HSDS 3.0 paginated list")
    record ServicePage(long totalItems, long totalPages, int pageNumber, int size, boolean firstPage,
                       boolean lastPage, boolean empty, List<Service> contents) {}
}
