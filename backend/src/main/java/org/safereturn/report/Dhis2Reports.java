package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safereturn.common.error.ProblemException;

/**
 * A report as DHIS2 data values: run with the caller's scope and small-cell protection, grouped
 * by the org unit level (province or commune, when the report has it) and the mapping's
 * disaggregation, then coded with the mapping.
 */
@ApplicationScoped
class Dhis2Reports {
    /** The values, and how many cells were withheld and so left out. */
    record Result(Dhis2Mapping.Element element, List<Dhis2Export.Value> values, int withheld) {}

    @Inject
    ReportService reports;
    @Inject
    Dhis2Mapping mapping;
    @Inject
    ReportAgreements agreements;

    Result values(String name, ReportPeriod period, String place, String level) {
        ReportDefinition d = ReportCatalog.require(name);
        String orgDim = level == null || level.isBlank() ? "province" : level.trim();
        if (!orgDim.equals("province") && !orgDim.equals("commune")) {
            throw ProblemException.invalid("orgUnitLevel", "must be province or commune");
        }
        Dhis2Mapping.Element element = mapping.element(name).orElseThrow(() -> ProblemException.conflict("report.dhis2-unmapped",
                "No DHIS2 mapping for " + name + ": an admin sets its data element first (PUT /api/v1/admin/dhis2-mappings/" + name + ")"));
        Dhis2Export.dhis2Period(period);
        boolean byPlace = d.dimensions().containsKey(orgDim);
        List<String> dims = new ArrayList<>();
        if (byPlace) {
            dims.add(orgDim);
        }
        dims.addAll(element.disaggregation());
        ReportDtos.ReportView view = reports.run(name, period, place, null, String.join(",", dims), false);
        Set<String> places = new LinkedHashSet<>();
        view.cells().forEach(c -> places.add(byPlace ? c.key().get(orgDim) : place));
        places.remove(null);
        Map<String, String> orgUnits = mapping.orgUnits(places);
        List<Dhis2Export.Value> values = new ArrayList<>();
        int withheld = 0;
        for (ReportDtos.Cell c : view.cells()) {
            if (c.suppressed()) {
                withheld++;
                continue;
            }
            if (c.value() == null || c.value() == 0) {
                continue;
            }
            String placeCode = byPlace ? c.key().get(orgDim) : place;
            String orgUnit = placeCode == null ? agreements.dhis2NationalOrgUnit() : orgUnits.getOrDefault(placeCode, placeCode);
            Map<String, String> disaggregation = new LinkedHashMap<>();
            element.disaggregation().forEach(dim -> disaggregation.put(dim, c.key().get(dim)));
            String key = String.join("|", disaggregation.values());
            String combo = element.optionCombos().getOrDefault(key, key.isEmpty() ? "default" : key);
            values.add(new Dhis2Export.Value(orgUnit, disaggregation, combo, c.value()));
        }
        return new Result(element, values, withheld);
    }
}
