package org.safereturn.report;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A count over records with conditions: one report of the catalog, restricted to the records
 * whose dimensions take one of the listed values (all conditions hold together).
 */
@Schema(name = "IndicatorCount", description = "A count over records: a report of GET /api/reports and conditions on its dimensions")
public record CountSpec(
        @Schema(description = "The report counted", example = "verification", maxLength = 60) String report,
        @Schema(description = "Dimension → the values counted; empty counts every record of the report", example = "{\"outcome\": [\"ON_TIME\"]}")
        @jakarta.validation.constraints.Size(max = 10) Map<@jakarta.validation.constraints.Size(max = 60) String,
                @jakarta.validation.constraints.Size(max = 50) List<@jakarta.validation.constraints.Size(max = 100) String>> where) {

    public CountSpec {
        where = where == null ? Map.of() : Map.copyOf(where);
    }
}
