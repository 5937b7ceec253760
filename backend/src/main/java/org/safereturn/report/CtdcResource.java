package org.safereturn.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.Roles;

/** The anonymised data set (CTDC's variables, k-anonymous) and its combination counts, for integrators. */
@Path("/api/reports/datasets/ctdc")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class CtdcResource {
    @Inject
    CtdcDataset dataset;
    @Inject
    ReportCallers callers;

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Produces({MediaType.APPLICATION_JSON, ReportExports.CSV, ReportExports.XLSX})
    @Operation(operationId = "getCtdcDataset", summary = "The anonymised data set (CTDC)",
            description = "One row per identified or presumed victim received in the period, in CTDC's variables: year of registration, data source, gender, age band, majority status, citizenship, country of exploitation, forms of exploitation and means of control as flags, recruiter relation. Never a name, contact, ID number, exact date, place below the province or free text. k-anonymous with k = 11 over all columns: rarer rows are generalised (age band widened, countries as regions, year as a range, means of control withheld, age band withheld) or suppressed, and the answer says how many rows and cells were changed. Type of labour and of sexual exploitation are not recorded yet, so not released. Audited. Roles: analyst.")
    @APIResponse(responseCode = "200", description = "The data set as JSON, or its rows as CSV or XLSX",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CtdcDtos.Dataset.class)),
                    @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(
            @Parameter(description = "A month, a quarter or a year", example = "2026") @QueryParam("period") String period,
            @Parameter(description = "The first day, with to instead of period", example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = "The last day, with from", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "json, csv or xlsx; without it, the Accept header decides", schema = @Schema(enumeration = {"json", "csv", "xlsx"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        String type = ReportResource.type(format, headers);
        ReportPeriod p = ReportPeriod.of(period, from, to);
        CtdcDataset.Release release = dataset.release(callers.current(), p);
        KAnonymity.Outcome o = release.outcome();
        if (type.equals(MediaType.APPLICATION_JSON)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String[] row : release.rows()) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < row.length; i++) {
                    map.put(CtdcDataset.COLUMNS.get(i), CtdcDataset.cell(row[i]));
                }
                rows.add(map);
            }
            return Response.ok(new CtdcDtos.Dataset(ReportDtos.PeriodView.of(p), CtdcDataset.K, CtdcDataset.COLUMNS,
                    release.source(), rows.size(), new CtdcDtos.Changes(o.rowsGeneralised(), o.cellsGeneralised(), o.rowsSuppressed(), o.rowsByStep()),
                    rows), MediaType.APPLICATION_JSON).build();
        }
        return ReportExports.download(type.equals(ReportExports.CSV), release.table(), release.fileBase());
    }

    @GET
    @Path("/combinations")
    @RolesAllowed(Roles.ANALYST)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCtdcCombinations", summary = "Combination counts of the anonymised data set",
            description = "How many identified or presumed victims received in the period share each combination of up to `length` (1 to 3) attributes, a flag counting only when set; counted over the detailed rows, rounded down to a multiple of 10, combinations below 10 left out (the reportable aggregates of the synthetic-data method CTDC uses). Audited. Roles: analyst.")
    public CtdcDtos.Combinations combinations(
            @Parameter(description = "A month, a quarter or a year", example = "2026") @QueryParam("period") String period,
            @Parameter(description = "The first day, with to instead of period") @QueryParam("from") String from,
            @Parameter(description = "The last day, with from") @QueryParam("to") String to,
            @Parameter(description = "Attributes per combination, 1 to 3 (default 3)", schema = @Schema(minimum = "1", maximum = "3")) @QueryParam("length") Integer length) {
        int n = length == null ? 3 : length;
        if (n < 1 || n > 3) {
            throw ProblemException.invalid("length", "must be 1, 2 or 3");
        }
        ReportPeriod p = ReportPeriod.of(period, from, to);
        List<CtdcDtos.Combination> items = dataset.combinations(callers.current(), p, n).stream().map(e -> new CtdcDtos.Combination(e.getKey(), e.getValue())).toList();
        return new CtdcDtos.Combinations(ReportDtos.PeriodView.of(p), n, CtdcDataset.RESOLUTION, items);
    }
}
