package org.safereturn.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;
import static org.safereturn.testing.Pdfs.text;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CasePrintoutsTest {
    @Inject
    AgroalDataSource db;

    @Test
    void theReceiptRecordPrintsThePersonTheChildrenAndTheHandingOverPartyInTheOfficialLayout() throws Exception {
        String name = CaseResourceTest.uniqueName();
        Map<String, Object> request = CaseResourceTest.intake(CaseResourceTest.person(name, "022307001234"));
        request.put("accompanyingChildren", List.of(Map.of("fullName", "Bé Hạnh " + name.substring(name.length() - 4), "sex", "FEMALE", "estimatedAge", 4)));
        var created = as("worker").body(request).post("/api/v1/intakes").then().statusCode(201).extract();
        String id = created.path("id");
        String number = created.path("caseNumber");

        byte[] pdf = as("worker").accept("application/pdf").get("/api/v1/cases/" + id + "/receipt-record").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", containsString("bien-ban-tiep-nhan-" + number + ".pdf"))
                .header("Cache-Control", equalTo("no-store"))
                .extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertTrue(text.contains("BIÊN BẢN TIẾP NHẬN"), text);
        assertTrue(text.contains("Số: " + number + "/BB-TN"), text);
        assertTrue(text.contains(name), "the person's name, diacritics intact: " + text);
        assertTrue(text.contains("022307001234"), text);
        assertTrue(text.contains("Bé Hạnh"), "the accompanying child: " + text);
        assertTrue(text.contains("Bộ đội Biên phòng bàn giao"), "the channel in words: " + text);
        assertTrue(text.contains("Nguyễn Thị Lan"), "the receiving worker: " + text);
        assertTrue(text.contains("BÊN GIAO") && text.contains("BÊN NHẬN"), "a signature block per party: " + text);

        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = 'CASE_PRINTED' AND record_id = ? AND details LIKE '%RECEIPT_RECORD%' AND field_groups LIKE '%IDENTITY%'")) {
            s.setString(1, id);
            var rs = s.executeQuery();
            rs.next();
            assertEquals(1, rs.getInt(1), "the print is audited as a read of the identity");
        }
    }

    @Test
    void theHandoverMinutesNameThePlaceAndTheReceivingPartyOnceTheHandoverIsRecorded() throws Exception {
        String name = CaseResourceTest.uniqueName();
        String id = CaseResourceTest.open(name, null);
        problem(as("worker").accept("application/pdf").get("/api/v1/cases/" + id + "/handover-minutes").then(), 409, "case.not-handed-over");
        as("worker").body(Map.of()).post("/api/v1/cases/" + id + "/verify").then().statusCode(200);
        as("worker").body(Map.of("decisionDate", "2026-01-05", "reason", "No exploitation found")).post("/api/v1/cases/" + id + "/not-identified")
                .then().statusCode(200);
        Map<String, Object> handover = new java.util.HashMap<>(Map.of("receiver", "FAMILY", "receiverName", "Trần Thị Bích (mẹ)", "documentNumber", "CCCD 022170001111",
                "handedOverAt", OffsetDateTime.now().minusMinutes(5).toString(), "placeCode", "99999"));
        problem(as("worker").body(handover).post("/api/v1/cases/" + id + "/handover").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("placeCode"));
        handover.put("placeCode", "06685");
        as("worker").body(handover).post("/api/v1/cases/" + id + "/handover").then().statusCode(200)
                .body("handover.placeCode", equalTo("06685"));

        String text = text(as("worker").accept("application/pdf").get("/api/v1/cases/" + id + "/handover-minutes").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray());
        assertTrue(text.contains("BIÊN BẢN BÀN GIAO"), text);
        assertTrue(text.contains(name), "the person handed over: " + text);
        assertTrue(text.contains("Trần Thị Bích (mẹ)"), "the receiving party: " + text);
        assertTrue(text.contains("Gia đình"), text);
        assertTrue(text.contains("Quảng Ninh"), "the place, by name: " + text);
    }

    @Test
    void onlyTheCasesOwnWorkersPrintItsRecords() {
        String id = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        problem(as("operator").accept("application/pdf").get("/api/v1/cases/" + id + "/receipt-record").then(), 403, "auth.forbidden");
        problem(as("partner").accept("application/pdf").get("/api/v1/cases/" + id + "/receipt-record").then(), 403, "auth.forbidden");
        as("supervisor").accept("application/pdf").get("/api/v1/cases/" + id + "/receipt-record").then().statusCode(200);
        problem(as("worker").accept("application/pdf").get("/api/v1/cases/" + java.util.UUID.randomUUID() + "/receipt-record").then(), 404, "resource.not-found");
    }
}
