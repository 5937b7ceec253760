package org.safereturn.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class DocumentResourceTest {
    static final byte[] PDF = "%PDF-1.4\nQuyết định xác định nạn nhân số 12/QĐ — Nguyễn Thị Hoa\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Inject
    AgroalDataSource db;

    static io.restassured.specification.RequestSpecification upload(String user, String type) {
        return given().auth().oauth2(Tokens.user(user)).contentType(type);
    }

    @Test
    void aDecisionIsUploadedEncryptedListedAndDownloadedIntact() throws Exception {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        String docId = upload("worker", "application/pdf").body(PDF)
                .queryParam("kind", "IDENTIFICATION_DECISION")
                .header("SafeReturn-File-Name", java.net.URLEncoder.encode("quyết-định-Nguyễn Thị Hoa.pdf", StandardCharsets.UTF_8).replace("+", "%20"))
                .post("/api/v1/cases/" + caseId + "/documents").then().statusCode(201)
                .body("sizeBytes", equalTo(PDF.length)).body("fileName", equalTo("quyết-định-Nguyễn Thị Hoa.pdf"))
                .extract().path("id");
        upload("supervisor", "application/json").get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("IDENTIFICATION_DECISION"));
        byte[] back = given().auth().oauth2(Tokens.user("worker")).get("/api/v1/cases/" + caseId + "/documents/" + docId + "/content")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(PDF, back);
        try (var c = db.getConnection(); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT content_enc, file_name_enc FROM case_document WHERE id = '" + docId + "'");
            rs.next();
            String raw = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1) + rs.getString(2);
            assertFalse(raw.contains("PDF-1.4"));
            assertFalse(raw.contains("Hoa"));
        }
        given().auth().oauth2(Tokens.user("worker")).queryParam("size", 50).get("/api/v1/cases/" + caseId + "/timeline").then()
                .body("items.type", org.hamcrest.Matchers.hasItem("DOCUMENT_ADDED"));
    }

    @Test
    void limitsAnswer413And415AsProblems() {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        problem(upload("worker", "application/pdf").body(big).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents").then(),
                413, "document.too-large");
        problem(upload("worker", "application/x-msdownload").body(PDF).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents").then(),
                415, "document.unsupported-type");
        problem(upload("worker", "application/pdf").body(PDF).queryParam("kind", "POEM").post("/api/v1/cases/" + caseId + "/documents").then(),
                422, "validation.failed");
        problem(upload("worker", "application/pdf").body(PDF).queryParam("kind", "OTHER").header("SafeReturn-File-Name", "..%2F..%2Fetc%2Fpasswd")
                .post("/api/v1/cases/" + caseId + "/documents").then(), 422, "validation.failed");
        upload("worker", "application/json").get("/api/v1/cases/" + caseId + "/documents").then().body("items", hasSize(0));
    }

    @Test
    void onlyTheCaseWorkersSeeDocuments() {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        problem(upload("operator", "application/pdf").body(PDF).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents").then(),
                403, "auth.forbidden");
        problem(upload("partner", "application/json").get("/api/v1/cases/" + caseId + "/documents").then(), 403, "auth.forbidden");
        problem(upload("worker", "application/json").get("/api/v1/cases/" + caseId + "/documents/" + UUID.randomUUID() + "/content").then(),
                404, "resource.not-found");
    }

    @Test
    void aFileWhoseBytesAreNotItsDeclaredTypeIsRefusedAndNothingStored() {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        problem(upload("worker", "application/pdf").body(script).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents").then(),
                422, "document.content-mismatch");
        problem(upload("worker", "image/png").body(PDF).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents").then(),
                422, "document.content-mismatch");
        as("worker").get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theStoredHashIsKeyedSoAKnownFileCannotBeTestedWithoutTheKey() throws Exception {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        String first = upload("worker", "application/pdf").body(PDF).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(201).extract().path("contentHash");
        String second = upload("worker", "application/pdf").body(PDF).queryParam("kind", "OTHER").post("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(201).extract().path("contentHash");
        org.junit.jupiter.api.Assertions.assertEquals(first, second, "equal files hash alike");
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PDF));
        org.junit.jupiter.api.Assertions.assertNotEquals(plain, first, "the hash is not the plain SHA-256 anyone could compute");
    }
}
