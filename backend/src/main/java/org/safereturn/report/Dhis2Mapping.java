package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The DHIS2 codes of the reports (data), read for the exports and kept by admins. */
@ApplicationScoped
class Dhis2Mapping {
    /** A report's data element and the dimensions of its disaggregation, with the option combo codes of their values. */
    @Schema(name = "Dhis2DataElementMapping", description = "How a report's counts import into DHIS2")
    record Element(String report, String dataElement, String dataSet,
                   @Schema(description = "The report's dimensions (at most two) whose values make the category option combo; none: default") List<String> disaggregation,
                   @Schema(description = "Option combo code by the disaggregation values joined by '|' (e.g. FEMALE|AGE_18_20); a combination without one is sent under its key")
                   Map<String, String> optionCombos,
                   long version, OffsetDateTime updatedAt) {}

    @Inject
    EntityManager em;

    Optional<Element> element(String report) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT data_element, data_set, array_to_string(disaggregation, ','), version, updated_at FROM dhis2_data_element WHERE report = ?1")
                .setParameter(1, report).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.getFirst();
        Map<String, String> combos = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> comboRows = em.createNativeQuery("SELECT combo_key, code FROM dhis2_option_combo WHERE report = ?1")
                .setParameter(1, report).getResultList();
        comboRows.forEach(c -> combos.put((String) c[0], (String) c[1]));
        String dims = (String) r[2];
        return Optional.of(new Element(report, (String) r[0], (String) r[1], dims.isEmpty() ? List.of() : Arrays.asList(dims.split(",")),
                new java.util.TreeMap<>(combos), ((Number) r[3]).longValue(), org.safereturn.common.persistence.NativeValues.offsetDateTime(r[4])));
    }

    List<Element> all() {
        @SuppressWarnings("unchecked")
        List<String> reports = em.createNativeQuery("SELECT report FROM dhis2_data_element ORDER BY report").getResultList();
        return reports.stream().map(r -> element(r).orElseThrow()).toList();
    }

    /** The org unit codes of places; a place without one is sent under its own code. */
    Map<String, String> orgUnits(Collection<String> places) {
        Map<String, String> codes = new HashMap<>();
        if (places.isEmpty()) {
            return codes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT place_code, code FROM dhis2_org_unit WHERE place_code = ANY(CAST(?1 AS varchar[]))")
                .setParameter(1, places.toArray(String[]::new)).getResultList();
        rows.forEach(r -> codes.put((String) r[0], (String) r[1]));
        return codes;
    }
}
