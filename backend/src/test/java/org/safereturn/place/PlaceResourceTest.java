package org.safereturn.place;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaceResourceTest {

    @Test
    void listsThe34ProvinceLevelUnitsOfThe2025Reform() {
        as("worker").queryParam("size", 200).get("/api/v1/places").then().statusCode(200)
                .body("total", equalTo(34))
                .body("items.code", hasItem("22"))
                .body("items.find { it.code == '48' }.nameVi", equalTo("Thành phố Đà Nẵng"));
    }

    @Test
    void listsTheCommuneLevelUnitsOfQuangNinhAndDaNang() {
        as("operator").queryParam("parent", "22").queryParam("size", 200).get("/api/v1/places").then().statusCode(200)
                .body("total", equalTo(54))
                .body("items.find { it.code == '06994' }.unitType", equalTo("SPECIAL_ZONE"));
        as("operator").queryParam("parent", "48").queryParam("size", 1).get("/api/v1/places").then().statusCode(200)
                .body("total", equalTo(94)).body("items", hasSize(1));
    }

    @Test
    void searchIgnoresTheToneMarks() {
        as("partner").queryParam("parent", "22").queryParam("q", "hong gai").get("/api/v1/places").then().statusCode(200)
                .body("items.code", hasItem("06685"));
    }

    @Test
    void getsOneUnitAndAnswers404ForAnUnknownCode() {
        as("analyst").get("/api/v1/places/06685").then().statusCode(200)
                .body("nameVi", equalTo("Phường Hồng Gai")).body("parentCode", equalTo("22"));
        problem(as("analyst").get("/api/v1/places/99999").then(), 404, "resource.not-found");
    }

    @Test
    void rejectsAPageSizeOver200() {
        problem(as("worker").queryParam("size", 500).get("/api/v1/places").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("size"));
        problem(as("worker").queryParam("sort", "secret,asc").get("/api/v1/places").then(), 422, "validation.failed")
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void needsSignIn() {
        problem(anonymous().get("/api/v1/places").then(), 401, "auth.unauthenticated");
    }
}
