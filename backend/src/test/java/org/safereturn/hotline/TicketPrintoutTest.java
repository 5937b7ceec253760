package org.safereturn.hotline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;
import static org.safereturn.testing.Pdfs.text;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketPrintoutTest {
    @Test
    void anOperatorPrintsTheTicketsSummaryWithTheCallerTheChildAndTheUrgencyInWords() throws Exception {
        String phone = TicketResourceTest.uniquePhone();
        String id = TicketResourceTest.create("operator", TicketResourceTest.motherCalls(phone));
        String number = as("operator").get(TicketResourceTest.TICKETS + "/" + id).then().statusCode(200).extract().path("ticketNumber");
        byte[] pdf = as("operator").accept("application/pdf").get(TicketResourceTest.TICKETS + "/" + id + "/printout").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", containsString("phieu-cuoc-goi-"))
                .extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("PHIẾU TÓM TẮT CUỘC GỌI"), text);
        assertTrue(text.contains("Số: " + number), text);
        assertTrue(text.contains("Nguyễn Thị Mai") && text.contains(phone), "the caller: " + text);
        assertTrue(text.contains("Trần Thị Hoa") && text.contains("16 (trẻ em)"), "the child concerned: " + text);
        assertTrue(text.contains("Khẩn cấp"), "the urgency in words: " + text);
        assertTrue(text.contains("restaurant job"), "the summary: " + text);
    }

    @Test
    void onlyTheTicketsOrganizationPrintsIt() {
        String id = TicketResourceTest.create("operator", TicketResourceTest.motherCalls(TicketResourceTest.uniquePhone()));
        problem(as("partner").accept("application/pdf").get(TicketResourceTest.TICKETS + "/" + id + "/printout").then(), 403, "auth.forbidden");
        problem(as("operator").accept("application/pdf").get(TicketResourceTest.TICKETS + "/" + java.util.UUID.randomUUID() + "/printout").then(),
                404, "resource.not-found");
        as("worker").accept("application/pdf").get(TicketResourceTest.TICKETS + "/" + id + "/printout").then().statusCode(200);
    }

    @Test
    void theAuditLogNamesATicketByItsNumber() {
        String id = TicketResourceTest.create("operator", TicketResourceTest.motherCalls(TicketResourceTest.uniquePhone()));
        String number = as("operator").get(TicketResourceTest.TICKETS + "/" + id).then().statusCode(200).extract().path("ticketNumber");
        as("supervisor").queryParam("recordType", "HOTLINE_TICKET").queryParam("recordId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("TICKET_READ"))
                .body("items.recordLabel", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(number)));
    }
}
