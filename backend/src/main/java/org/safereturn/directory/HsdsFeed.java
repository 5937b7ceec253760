package org.safereturn.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.safereturn.directory.DirectoryDtos.ContactDto;
import org.safereturn.directory.DirectoryDtos.OrganizationView;
import org.safereturn.directory.DirectoryDtos.ServiceView;
import org.safereturn.place.PlaceService;
import org.safereturn.place.PlaceService.Locality;

/**
 * Builds the HSDS 3.0 records from the directory's views. An organization has one location: its
 * address in its administrative unit, where its services are delivered too. Lists carry only the
 * one-to-one fields (HSDS's {@code *_list} schemas); one record, or a list asked with full=true,
 * carries everything nested.
 */
@ApplicationScoped
class HsdsFeed {
    static final String COUNTRY = "VN";
    static final String UNIT_CODE_SCHEME = "Mã đơn vị hành chính Việt Nam (Quyết định 19/2025/QĐ-TTg)";

    @Inject
    PlaceService places;

    /** One organization, fully nested. */
    HsdsDtos.Organization organization(OrganizationView o) {
        return fullOrganization(o, places.localitiesOf(placeCodes(Stream.of(o.placeCode()))));
    }

    /** A page of organizations, one-to-one fields only. */
    List<HsdsDtos.Organization> organizations(List<OrganizationView> page) {
        return page.stream().map(this::brief).toList();
    }

    /** One service, fully nested, with its organization. */
    HsdsDtos.Service service(ServiceView s, OrganizationView o) {
        return services(List.of(s), Map.of(o.id(), o), true).get(0);
    }

    /**
     * A page of services with their organizations: one-to-one fields, or everything when full.
     * Each organization is built once for the page, however many of its services the page holds.
     */
    List<HsdsDtos.Service> services(List<ServiceView> page, Map<UUID, OrganizationView> organizations, boolean full) {
        Map<String, Locality> localities = !full ? Map.of() : places.localitiesOf(placeCodes(Stream.concat(
                page.stream().map(ServiceView::placeCode), organizations.values().stream().map(OrganizationView::placeCode))));
        Map<UUID, HsdsDtos.Organization> owners = new java.util.HashMap<>();
        organizations.values().forEach(o -> owners.put(o.id(), full ? fullOrganization(o, localities) : brief(o)));
        return page.stream().map(s -> {
            OrganizationView o = organizations.get(s.organizationId());
            HsdsDtos.Organization owner = owners.get(s.organizationId());
            return full ? fullService(s, o, owner, localities)
                    : new HsdsDtos.Service(s.id(), s.organizationId(), s.nameVi(), s.nameEn(), s.description(), s.email(),
                            s.status().hsds(), s.eligibility(), lastModified(s, o), null, null, null, null, null, owner);
        }).toList();
    }

    private HsdsDtos.Service fullService(ServiceView s, OrganizationView o, HsdsDtos.Organization organization,
                                         Map<String, Locality> localities) {
        List<HsdsDtos.Phone> phones = s.phone() == null ? List.of()
                : List.of(new HsdsDtos.Phone(id(s.id(), "phone", s.phone()), null, s.id(), null, s.phone(), "voice", null));
        List<HsdsDtos.Contact> contacts = contacts(s.id(), null, s.id(), s.contacts());
        Locality area = s.placeCode() == null ? null : localities.get(s.placeCode());
        List<HsdsDtos.ServiceArea> areas = area == null ? List.of()
                : List.of(new HsdsDtos.ServiceArea(id(s.id(), "area", area.code()), s.id(), describe(area), area.code(), "text"));
        List<HsdsDtos.ServiceAtLocation> atLocations = organization == null || organization.locations() == null ? List.of()
                : organization.locations().stream().map(l -> new HsdsDtos.ServiceAtLocation(
                        id(s.id(), "at", l.id().toString()), s.id(), l.id(), l)).toList();
        List<HsdsDtos.Language> languages = s.languages().stream().distinct().map(code -> new HsdsDtos.Language(
                id(s.id(), "language", code), s.id(), languageName(code), code)).toList();
        return new HsdsDtos.Service(s.id(), s.organizationId(), s.nameVi(), s.nameEn(), s.description(), s.email(),
                s.status().hsds(), s.eligibility(), lastModified(s, o), phones, contacts, areas, atLocations, languages, organization);
    }

    /** HSDS: when the service "or any related information about the service" changed; here, it or its organization. */
    private static java.time.OffsetDateTime lastModified(ServiceView s, OrganizationView o) {
        return o == null || o.updatedAt() == null || s.updatedAt().isAfter(o.updatedAt()) ? s.updatedAt() : o.updatedAt();
    }

    private HsdsDtos.Organization brief(OrganizationView o) {
        return new HsdsDtos.Organization(o.id(), o.nameVi(), o.nameEn(), Objects.requireNonNullElse(o.description(), ""),
                o.email(), website(o.website()), null, null, null);
    }

    private HsdsDtos.Organization fullOrganization(OrganizationView o, Map<String, Locality> localities) {
        // One phone record per number (its id is the number's): a main line that is also a hotline is listed once.
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        if (o.phone() != null) {
            numbers.put(o.phone(), "Số máy chính");
        }
        o.hotlines().forEach(h -> numbers.putIfAbsent(h, "Đường dây nóng"));
        List<HsdsDtos.Phone> phones = numbers.entrySet().stream().map(n -> new HsdsDtos.Phone(
                id(o.id(), "phone", n.getKey()), o.id(), null, null, n.getKey(), "voice", n.getValue())).toList();
        List<HsdsDtos.Contact> contacts = contacts(o.id(), o.id(), null, o.contacts());
        HsdsDtos.Location location = location(o, o.placeCode() == null ? null : localities.get(o.placeCode()));
        return new HsdsDtos.Organization(o.id(), o.nameVi(), o.nameEn(), Objects.requireNonNullElse(o.description(), ""),
                o.email(), website(o.website()), phones, contacts, location == null ? List.of() : List.of(location));
    }

    /** The organization's place, with its postal address when its administrative unit is known. */
    private static HsdsDtos.Location location(OrganizationView o, Locality locality) {
        if (o.address() == null && locality == null) {
            return null;
        }
        UUID locationId = id(o.id(), "location", "main");
        List<HsdsDtos.Address> addresses = locality == null ? List.of() : List.of(new HsdsDtos.Address(
                id(locationId, "address", "physical"), locationId,
                o.address() != null ? o.address() : describe(locality),
                locality.communeName() != null ? locality.communeName() : locality.provinceName(),
                locality.provinceName(), Objects.requireNonNullElse(o.postalCode(), ""), COUNTRY, "physical"));
        return new HsdsDtos.Location(locationId, "physical", o.id(), o.nameVi(),
                locality == null ? o.address() : null,
                locality == null ? null : locality.code(), locality == null ? null : UNIT_CODE_SCHEME, addresses);
    }

    /**
     * A contact's id comes from its owner and its name (a second contact of the same name counts
     * on), not from its place in the list: removing one contact leaves the others' ids as they were.
     */
    private static List<HsdsDtos.Contact> contacts(UUID owner, UUID organizationId, UUID serviceId, List<ContactDto> list) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<HsdsDtos.Contact> contacts = new ArrayList<>();
        for (ContactDto c : list) {
            int n = seen.merge(c.name(), 1, Integer::sum);
            contacts.add(contact(id(owner, "contact", n == 1 ? c.name() : c.name() + "#" + n), organizationId, serviceId, c));
        }
        return contacts;
    }

    private static HsdsDtos.Contact contact(UUID contactId, UUID organizationId, UUID serviceId, ContactDto c) {
        List<HsdsDtos.Phone> phones = c.phone() == null ? List.of()
                : List.of(new HsdsDtos.Phone(id(contactId, "phone", c.phone()), null, null, contactId, c.phone(), "voice", null));
        return new HsdsDtos.Contact(contactId, organizationId, serviceId, c.name(), c.role(), c.email(), phones);
    }

    private static String describe(Locality l) {
        return l.communeName() == null ? l.provinceName() : l.communeName() + ", " + l.provinceName();
    }

    /** "Tiếng Việt" for vi: the feed speaks Vietnamese first, as the directory's names do. */
    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("vi"));
        return name.isEmpty() || name.equals(code) ? null : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The website when it is a well-formed URI (HSDS's format); the directory checks http(s) only. */
    private static String website(String website) {
        if (website == null) {
            return null;
        }
        try {
            return new URI(website).isAbsolute() ? website : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Collection<String> placeCodes(Stream<String> codes) {
        return codes.filter(Objects::nonNull).distinct().toList();
    }

    /** A stable id for a record nested in {@code owner}: the same on every pull, unique within the feed. */
    static UUID id(UUID owner, String kind, String key) {
        return UUID.nameUUIDFromBytes((owner + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
