package org.safereturn.place;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.testing.Api.anonymous;
import static org.safereturn.testing.Api.as;
import static org.safereturn.testing.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The national list after the 2025 reform, and the units before it read in today's units. */
@QuarkusTest
class NationalPlacesTest {
    @Inject
    AgroalDataSource db;
    @Inject
    LegacyPlaces legacy;

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyCommuneLevelUnitOfThe34ProvincesIsSeeded() throws SQLException {
        assertEquals(34, count("SELECT count(*) FROM place WHERE parent_code IS NULL"));
        assertEquals(3321, count("SELECT count(*) FROM place WHERE parent_code IS NOT NULL"));
        assertEquals(0, count("SELECT count(*) FROM place c LEFT JOIN place p ON p.code = c.parent_code WHERE c.parent_code IS NOT NULL AND p.parent_code IS NOT NULL"),
                "every commune hangs under a province");
        as("worker").queryParam("parent", "01").queryParam("size", 1).get("/api/v1/places").then().statusCode(200).body("total", equalTo(126));
        // Ba Chẽ has the code of Decision 19/2025, and the draft code is gone.
        as("worker").get("/api/v1/places/06978").then().statusCode(200).body("nameVi", equalTo("Xã Ba Chẽ"));
        problem(as("worker").get("/api/v1/places/06970").then(), 404, "resource.not-found");
        as("worker").queryParam("parent", "79").queryParam("q", "sai gon").get("/api/v1/places").then().statusCode(200)
                .body("items.nameVi", hasItem("Phường Sài Gòn"));
    }

    @Test
    void anOldCommuneReadsInTodaysUnits() {
        as("worker").get("/api/v1/legacy-places/COMMUNE/06694").then().statusCode(200)
                .body("nameVi", equalTo("Phường Bạch Đằng")).body("parentNameVi", equalTo("Thành phố Hạ Long"))
                .body("successors", hasSize(1)).body("successors[0].code", equalTo("06685")).body("successors[0].isDefault", equalTo(true));
        as("partner").queryParam("q", "bach dang").queryParam("level", "COMMUNE").queryParam("size", 200).get("/api/v1/legacy-places").then().statusCode(200)
                .body("items.code", hasItem("06694"));
        // Quảng Nam's communes are Đà Nẵng's now.
        as("analyst").get("/api/v1/legacy-places/PROVINCE/49").then().statusCode(200)
                .body("nameVi", equalTo("Tỉnh Quảng Nam")).body("successors[0].code", equalTo("48"));
        // A divided commune has several successors and one default.
        as("worker").get("/api/v1/legacy-places/COMMUNE/00007").then().statusCode(200)
                .body("successors.code", hasItem("00008")).body("successors.code", hasItem("00025"))
                .body("successors.findAll { it.isDefault }", hasSize(1));
        assertEquals("06685", legacy.todayOf(LegacyPlaces.Level.COMMUNE, "06694").orElseThrow());
        assertTrue(legacy.todayOf(LegacyPlaces.Level.DISTRICT, "193").isEmpty(), "a district divided among communes counts in its province only");
    }

    @Test
    void everyOldCommuneAndProvinceHasExactlyOneUnitOfTodayToCountIn() throws SQLException {
        assertEquals(10035, count("SELECT count(*) FROM legacy_place WHERE unit_level = 'COMMUNE'"));
        assertEquals(63, count("SELECT count(*) FROM legacy_place WHERE unit_level = 'PROVINCE'"));
        assertEquals(0, count("""
                SELECT count(*) FROM legacy_place l WHERE l.unit_level IN ('COMMUNE', 'PROVINCE')
                AND (SELECT count(*) FROM legacy_place_successor s WHERE s.unit_level = l.unit_level AND s.legacy_code = l.code AND s.is_default) <> 1"""));
        // An old commune's default successor lies in the province its old province became.
        assertEquals(0, count("""
                SELECT count(*) FROM legacy_place c
                JOIN legacy_place d ON d.unit_level = 'DISTRICT' AND d.code = c.parent_code
                JOIN legacy_place_successor ps ON ps.unit_level = 'PROVINCE' AND ps.legacy_code = d.parent_code
                JOIN legacy_place_successor cs ON cs.unit_level = 'COMMUNE' AND cs.legacy_code = c.code AND cs.is_default
                JOIN place p ON p.code = cs.place_code
                WHERE c.unit_level = 'COMMUNE' AND p.parent_code <> ps.place_code"""));
        assertEquals(3321, count("SELECT count(DISTINCT place_code) FROM legacy_place_successor WHERE unit_level = 'COMMUNE' OR unit_level = 'DISTRICT'"),
                "every unit of today succeeds some old unit");
    }

    @Test
    void badLookupsAreProblems() {
        problem(as("worker").get("/api/v1/legacy-places/COMMUNE/99999").then(), 404, "resource.not-found");
        problem(as("worker").get("/api/v1/legacy-places/HAMLET/06694").then(), 422, "validation.failed");
        problem(as("worker").get("/api/v1/legacy-places").then(), 422, "validation.failed");
        problem(anonymous().get("/api/v1/legacy-places/COMMUNE/06694").then(), 401, "auth.unauthenticated");
    }
}
