package org.safereturn.referral;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;
import static org.safereturn.testing.Pdfs.text;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class ReferralLetterTest {
    static final String REFERRALS = ReferralResourceTest.REFERRALS;

    @Test
    void theLetterPrintsThePersonOnlyAsConsentSharesThem() throws Exception {
        // IDENTITY is shared with Blue Dragon, CONTACT is not: the name prints, the phone does not.
        String[] r = org.safereturn.testing.Fixtures.sentReferral();
        for (var caller : java.util.List.of(as("worker"), ReferralResourceTest.blueDragon())) {
            String text = text(caller.accept("application/pdf").get(REFERRALS + "/" + r[0] + "/letter").then().statusCode(200)
                    .contentType(startsWith("application/pdf")).extract().asByteArray());
            assertTrue(text.contains("GIẤY CHUYỂN GỬI"), text);
            assertTrue(text.contains(r[2]), "the person's name, shared under consent: " + text);
            assertTrue(text.contains("Trợ giúp pháp lý"), "the service in words: " + text);
            assertTrue(text.contains("Needs a lawyer"), "the reason: " + text);
            assertFalse(text.contains("0912345678"), "the phone is not shared: " + text);
        }
    }

    @Test
    void anOrganizationNotPartyToTheReferralCannotPrintIt() {
        String[] r = org.safereturn.testing.Fixtures.sentReferral();
        problem(asToken(Tokens.worldVision()).accept("application/pdf").get(REFERRALS + "/" + r[0] + "/letter").then(), 404, "resource.not-found");
        problem(as("operator").accept("application/pdf").get(REFERRALS + "/" + r[0] + "/letter").then(), 403, "auth.forbidden");
    }

    @Test
    void theAuditLogNamesAReferralByItsCasesNumber() {
        String[] r = org.safereturn.testing.Fixtures.sentReferral();
        String number = as("worker").get("/api/v1/cases/" + r[1]).then().statusCode(200).extract().path("caseNumber");
        as("worker").accept("application/pdf").get(REFERRALS + "/" + r[0] + "/letter").then().statusCode(200);
        as("supervisor").queryParam("recordType", "REFERRAL").queryParam("recordId", r[0]).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("REFERRAL_PRINTED"))
                .body("items.recordLabel", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(number)));
    }
}
