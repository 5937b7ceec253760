package org.safereturn.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

/** Each integrator's agreement: its threshold and the reports it may pull (the donor's demo client). */
@QuarkusTest
class IntegratorAgreementTest {
    YearMonth month;

    @BeforeEach
    void generate() {
        month = ReportResourceTest.ensureGenerated();
    }

    @Test
    void theDonorSeesTheReportsOfItsAgreementOnly() {
        asToken(Tokens.donorReports()).get("/api/reports").then().statusCode(200)
                .body("items.name", equalTo(List.of("cases-received", "victims-identified", "supports-delivered", "club-meetings", "trainings", "people-reached")));
        asToken(Tokens.integrator()).get("/api/reports").then().statusCode(200).body("items.name", hasItem("verification"));
        problem(asToken(Tokens.donorReports()).queryParam("period", month.toString()).get("/api/reports/verification").then(), 403, "report.not-in-agreement");
        problem(asToken(Tokens.donorReports()).queryParam("period", "2026").get("/api/reports/datasets/ctdc").then(), 403, "report.not-in-agreement");
        problem(asToken(Tokens.donorReports()).queryParam("period", month.toString()).get("/api/reports/verification/data-value-set").then(),
                403, "report.not-in-agreement");
    }

    @Test
    void theDonorsThresholdIsStricter() {
        // Nine persons were received that month: published at 5, withheld at 10.
        asToken(Tokens.integrator()).queryParam("period", month.toString()).get("/api/reports/cases-received")
                .then().statusCode(200).body("suppression.threshold", equalTo(5)).body("total", equalTo(ReportResourceTest.GENERATED.size()))
                .body("cells[0].suppressed", equalTo(false));
        asToken(Tokens.donorReports()).queryParam("period", month.toString()).get("/api/reports/cases-received")
                .then().statusCode(200).body("suppression.threshold", equalTo(10)).body("total", equalTo(null))
                .body("cells[0].suppressed", equalTo(true)).body("cells[0].value", equalTo(null));
    }
}
