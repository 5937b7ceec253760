package org.safereturn.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the directory API. */
public final class DirectoryDtos {
    private DirectoryDtos() {}

    static final String PHONE = "^\\+?[0-9][0-9 .()-]{1,18}[0-9]$";
    static final String PHONE_MESSAGE = "must be a phone number (digits, optionally + and spaces)";
    static final String LANGUAGE = "^[a-z]{2,3}$";
    static final String POSTAL_CODE = "^[0-9]{5}$";

    @Schema(name = "Contact", description = "A person to contact at an organization or about a service")
    public record ContactDto(
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Hoa") String name,
            @Size(max = 200) @Schema(examples = "Phó Giám đốc") String role,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) @Schema(examples = "0203 3835 155") String phone,
            @Email @Size(max = 200) String email) {}

    @Schema(name = "OrganizationRequest", description = "An organization as an admin creates or replaces it")
    public record OrganizationRequest(
            @Schema(description = "Optional id chosen by the client, so that a retried create does not make a second record") UUID id,
            @NotBlank @Size(max = 200) @Schema(examples = "Trung tâm Công tác xã hội tỉnh Quảng Ninh") String nameVi,
            @Size(max = 200) @Schema(examples = "Quang Ninh Social Work Centre") String nameEn,
            @NotNull OrganizationKind kind,
            @Schema(description = "ACTIVE when omitted") OrganizationStatus status,
            @Size(max = 10) @Schema(description = "Code of an administrative unit", examples = "06685") String placeCode,
            @Size(max = 500) String address,
            @Size(max = 10) @Pattern(regexp = POSTAL_CODE, message = "must be a national postal code of 5 digits") @Schema(examples = "01049") String postalCode,
            @Size(max = 2000) @Schema(description = "What the organization does, for the directory and the Open Referral feed") String description,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") @Size(max = 500) String website,
            @Size(max = 10) List<@NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String> hotlines,
            @Size(max = 20) List<@NotNull @Valid ContactDto> contacts) {}

    @Schema(name = "Organization", description = "An agency, NGO, shelter, club or facility")
    public record OrganizationView(
            UUID id, String nameVi, String nameEn, OrganizationKind kind, OrganizationStatus status,
            String placeCode, String address, String postalCode, String description, String phone, String email, String website,
            List<String> hotlines, List<ContactDto> contacts,
            @Schema(description = "Optimistic-locking version; also the ETag") long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.nameVi, o.nameEn, o.kind, o.status, o.placeCode, o.address,
                    o.postalCode, o.description, o.phone, o.email, o.website, List.copyOf(o.hotlines),
                    o.contacts.stream().map(Contact::view).toList(),
                    o.version, o.createdAt, o.updatedAt);
        }
    }

    @Schema(name = "OrganizationPage", description = "A page of organizations")
    public record OrganizationPage(List<OrganizationView> items, int page, int size, long total) {}

    /** The few facts about an organization that other features show (e.g. on /me). */
    @Schema(name = "OrganizationSummary")
    public record OrganizationSummary(UUID id, String nameVi, String nameEn, OrganizationKind kind) {}

    @Schema(name = "ServiceRequest", description = "A service as an admin creates or replaces it")
    public record ServiceRequest(
            @Schema(description = "Optional id chosen by the client, so that a retried create does not make a second record") UUID id,
            @NotNull UUID organizationId,
            @NotNull ServiceType type,
            @NotBlank @Size(max = 200) @Schema(examples = "Tư vấn pháp lý miễn phí") String nameVi,
            @Size(max = 200) @Schema(examples = "Free legal aid") String nameEn,
            @Size(max = 4000) String description,
            @Size(max = 2000) String eligibility,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) @Schema(description = "The service's own line, e.g. a hotline's number") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 20) List<@NotNull @Valid ContactDto> contacts,
            @Size(max = 20) List<@NotNull @Pattern(regexp = LANGUAGE, message = "must be an ISO 639 language code such as vi or en") String> languages,
            @Min(0) @Max(100000) Integer capacity,
            @Schema(description = "ACTIVE when omitted") ServiceStatus status,
            @Size(max = 10) String placeCode) {}

    @Schema(name = "Service", description = "What an organization offers")
    public record ServiceView(
            UUID id, UUID organizationId, String organizationName, ServiceType type, String nameVi, String nameEn,
            String description, String eligibility, String phone, String email, List<ContactDto> contacts,
            List<String> languages, Integer capacity, ServiceStatus status, String placeCode,
            @Schema(description = "Optimistic-locking version; also the ETag") long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static ServiceView of(Service s) {
            return new ServiceView(s.id, s.organization.id, s.organization.nameVi, s.type, s.nameVi, s.nameEn,
                    s.description, s.eligibility, s.phone, s.email, s.contacts.stream().map(Contact::view).toList(),
                    List.copyOf(s.languages), s.capacity, s.status, s.placeCode,
                    s.version, s.createdAt, s.updatedAt);
        }
    }

    @Schema(name = "ServicePage", description = "A page of services")
    public record ServicePage(List<ServiceView> items, int page, int size, long total) {}
}
