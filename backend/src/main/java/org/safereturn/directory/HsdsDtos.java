package org.safereturn.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The directory in Open Referral's Human Services Data Specification 3.0 shape: snake_case, and
 * a field that is not recorded is left out, never null (HSDS's schemas allow no null). Nested
 * records (phones, contacts, locations…) have no rows of their own here, so their ids are
 * name-based UUIDs of their owner's id: stable from one pull to the next. {@link HsdsFeed} builds them.
 */
final class HsdsDtos {
    private HsdsDtos() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsIndex", description = "What this HSDS API is: the HSDS version, the profile it conforms to and its OpenAPI document")
    record Index(@Schema(examples = "3.0") String version, URI profile, URI openapiUrl) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLanguage", description = "A language a service is delivered in")
    record Language(UUID id, UUID serviceId, @Schema(examples = "Tiếng Việt") String name,
                    @Schema(description = "ISO 639-1 or 639-3 code", examples = "vi") String code) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsPhone", description = "A phone number of an organization, a service or a contact")
    record Phone(UUID id, UUID organizationId, UUID serviceId, UUID contactId, String number,
                 @Schema(description = "RFC 6350 type", examples = "voice") String type, String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsContact", description = "A named contact of an organization or a service")
    record Contact(UUID id, UUID organizationId, UUID serviceId, String name,
                   @Schema(description = "The contact's role or job title") String title, String email, List<Phone> phones) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAddress", description = "A postal address: the commune (city) and the province of Vietnam's two-level units")
    record Address(UUID id, UUID locationId,
                   @JsonProperty("address_1") @Schema(name = "address_1") String address1,
                   @Schema(description = "The commune, ward or special zone; the province's name for a centrally-run city's own address")
                   String city,
                   String stateProvince,
                   @Schema(description = "Empty when the directory has none") String postalCode,
                   @Schema(description = "ISO 3166-1 alpha-2", examples = "VN") String country,
                   @Schema(enumeration = {"physical", "postal", "virtual"}) String addressType) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLocation", description = "Where an organization works and its services are delivered")
    record Location(UUID id, @Schema(enumeration = {"physical", "postal", "virtual"}) String locationType, UUID organizationId,
                    String name, String description,
                    @Schema(description = "The administrative unit's code") String externalIdentifier,
                    String externalIdentifierType, List<Address> addresses) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceArea", description = "The administrative unit a service is available in")
    record ServiceArea(UUID id, UUID serviceId, String name,
                       @Schema(description = "The administrative unit's code") String extent,
                       @Schema(examples = "text") String extentType) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceAtLocation", description = "A service delivered at one of its organization's locations")
    record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsOrganization", description = "An organization as HSDS 3.0 describes it; a list carries only its one-to-one fields")
    record Organization(UUID id, String name, String alternateName,
                        @Schema(description = "What the organization does; empty when the directory has no description") String description,
                        String email, @Schema(format = "uri") String website, List<Phone> phones, List<Contact> contacts, List<Location> locations) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsService", description = "A service as HSDS 3.0 describes it; a list carries only its one-to-one fields and its organization unless full=true")
    record Service(UUID id, UUID organizationId, String name, String alternateName, String description, String email,
                   @Schema(enumeration = {"active", "inactive", "defunct", "temporarily closed"}) String status,
                   String eligibilityDescription, OffsetDateTime lastModified,
                   List<Phone> phones, List<Contact> contacts, List<ServiceArea> serviceAreas,
                   List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsOrganizationPage", description = "HSDS 3.0 paginated list")
    record OrganizationPage(long totalItems, long totalPages, int pageNumber,
                            @Schema(description = "How many organizations this page holds") int size,
                            boolean firstPage, boolean lastPage, boolean empty, List<Organization> contents) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "HsdsServicePage", description = "HSDS 3.0 paginated list")
    record ServicePage(long totalItems, long totalPages, int pageNumber,
                       @Schema(description = "How many services this page holds") int size,
                       boolean firstPage, boolean lastPage, boolean empty, List<Service> contents) {}
}
