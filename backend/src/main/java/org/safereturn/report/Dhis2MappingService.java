package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.audit.AuditService;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Etags;

/** Admins keep each report's DHIS2 data element, disaggregation and option combo codes (If-Match once it exists). */
@ApplicationScoped
class Dhis2MappingService {
    @Schema(name = "Dhis2DataElementMappingRequest", description = "A report's DHIS2 codes")
    record MappingRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.-]+") String dataElement,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.-]*") String dataSet,
            @NotNull @Size(max = 2) List<@NotBlank @Size(max = 40) String> disaggregation,
            @NotNull @Size(max = 500) @Schema(description = "Option combo code by the disaggregation values joined by '|'")
            Map<@NotBlank @Size(max = 300) String, @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.-]+") String> optionCombos) {}

    @Schema(name = "Dhis2OrgUnitRequest", description = "The DHIS2 org unit code of a place")
    record OrgUnitRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code) {}

    @Schema(name = "Dhis2OrgUnit", description = "A place and its DHIS2 org unit code")
    record OrgUnitView(String placeCode, String code, OffsetDateTime updatedAt,
                       @Schema(description = "The version its ETag names: a change sends it in If-Match") long version) {}

    @Inject
    Dhis2Mapping mapping;
    @Inject
    org.safereturn.place.PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    Dhis2Mapping.Element get(String report) {
        return mapping.element(ReportCatalog.require(report).name()).orElseThrow(() -> ProblemException.notFound("DHIS2 mapping", report));
    }

    /** Creates the mapping, or replaces it when {@code ifMatch} names its version (428 without, 412 stale). */
    @Transactional
    Dhis2Mapping.Element put(String report, String ifMatch, MappingRequest r) {
        ReportDefinition d = ReportCatalog.require(report);
        for (int i = 0; i < r.disaggregation().size(); i++) {
            String dim = r.disaggregation().get(i);
            if (!d.dimensions().containsKey(dim) || dim.equals("province") || dim.equals("commune")) {
                throw ProblemException.invalid("disaggregation[" + i + "]", "'" + dim + "' is not a dimension of " + report + " that can disaggregate");
            }
        }
        if (r.disaggregation().stream().distinct().count() != r.disaggregation().size()) {
            throw ProblemException.invalid("disaggregation", "names a dimension twice");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        var existing = mapping.element(report);
        if (existing.isPresent()) {
            if (Etags.requireVersion(ifMatch) != existing.get().version()) {
                throw Etags.stale();
            }
            em.createNativeQuery("""
                    UPDATE dhis2_data_element SET data_element = ?2, data_set = ?3, disaggregation = CAST(?4 AS text[]), version = version + 1,
                           updated_at = ?5 WHERE report = ?1""")
                    .setParameter(1, report).setParameter(2, r.dataElement()).setParameter(3, org.safereturn.common.web.Text.blankToNull(r.dataSet()))
                    .setParameter(4, r.disaggregation().toArray(String[]::new)).setParameter(5, now).executeUpdate();
            em.createNativeQuery("DELETE FROM dhis2_option_combo WHERE report = ?1").setParameter(1, report).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO dhis2_data_element (report, data_element, data_set, disaggregation, updated_at) VALUES (?1, ?2, ?3, CAST(?4 AS text[]), ?5)")
                    .setParameter(1, report).setParameter(2, r.dataElement()).setParameter(3, org.safereturn.common.web.Text.blankToNull(r.dataSet()))
                    .setParameter(4, r.disaggregation().toArray(String[]::new)).setParameter(5, now).executeUpdate();
        }
        r.optionCombos().forEach((key, code) -> em.createNativeQuery("INSERT INTO dhis2_option_combo (report, combo_key, code) VALUES (?1, ?2, ?3)")
                .setParameter(1, report).setParameter(2, key).setParameter(3, code).executeUpdate());
        audit.event(existing.isPresent() ? "DHIS2_MAPPING_CHANGED" : "DHIS2_MAPPING_CREATED", "DHIS2_MAPPING", report).write();
        return mapping.element(report).orElseThrow();
    }

    /** The org units set so far, by place code. */
    List<OrgUnitView> orgUnits() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT place_code, code, updated_at, version FROM dhis2_org_unit ORDER BY place_code").getResultList();
        return rows.stream().map(r -> new OrgUnitView((String) r[0], (String) r[1], org.safereturn.common.persistence.NativeValues.offsetDateTime(r[2]),
                ((Number) r[3]).longValue())).toList();
    }

    /**
     * Sets the org unit code of a place (a place without one is sent under its own code). A code
     * already set is changed over its version in If-Match (428 without, 412 stale); a first one
     * sends none, and loses to another admin's first one with 412.
     */
    @Transactional
    OrgUnitView putOrgUnit(String placeCode, String ifMatch, OrgUnitRequest r) {
        if (!places.exists(placeCode)) {
            throw ProblemException.notFound("Place", placeCode);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery("SELECT version FROM dhis2_org_unit WHERE place_code = ?1 FOR UPDATE")
                .setParameter(1, placeCode).getResultList();
        long version;
        if (!current.isEmpty()) {
            Etags.check(ifMatch, current.get(0).longValue());
            version = current.get(0).longValue() + 1;
            em.createNativeQuery("UPDATE dhis2_org_unit SET code = ?2, updated_at = ?3, version = ?4 WHERE place_code = ?1")
                    .setParameter(1, placeCode).setParameter(2, r.code()).setParameter(3, now).setParameter(4, version).executeUpdate();
        } else {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw Etags.stale();
            }
            version = 0;
            int inserted = em.createNativeQuery("INSERT INTO dhis2_org_unit (place_code, code, updated_at, version) VALUES (?1, ?2, ?3, 0) ON CONFLICT (place_code) DO NOTHING")
                    .setParameter(1, placeCode).setParameter(2, r.code()).setParameter(3, now).executeUpdate();
            if (inserted == 0) {
                throw Etags.stale();
            }
        }
        audit.event("DHIS2_ORG_UNIT_SET", "DHIS2_ORG_UNIT", placeCode).write();
        return new OrgUnitView(placeCode, r.code(), now, version);
    }

}
