package org.safereturn.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short forms for calling the API as someone, and for asserting problem details. */
public final class Api {
    public static final String SWC = "00000000-0000-4000-a000-000000000001";
    public static final String BLUE_DRAGON = "00000000-0000-4000-a000-000000000011";
    public static final String INTEGRATOR_ORG = "00000000-0000-4000-a000-000000000013";

    private Api() {}

    private static final LatestVersion LATEST = new LatestVersion();

    /**
     * As {@code username}, acting on the latest version of a record: a case, ticket, referral or
     * line step sent without If-Match gets the record's current one (see {@link LatestVersion}).
     */
    public static RequestSpecification as(String username) {
        return given().filter(LATEST).auth().oauth2(Tokens.user(username)).contentType("application/json");
    }

    public static RequestSpecification asToken(String token) {
        return given().filter(LATEST).auth().oauth2(token).contentType("application/json");
    }

    /** As {@code username}, sending exactly the headers the test gives: for the 428 and 412 checks. */
    public static RequestSpecification withoutVersion(String username) {
        return given().auth().oauth2(Tokens.user(username)).contentType("application/json");
    }

    public static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }

    /** Asserts an RFC 9457 body with the given status and code. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("urn:safereturn:problem:" + code))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
