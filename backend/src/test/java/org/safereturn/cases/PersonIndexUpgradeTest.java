package org.safereturn.cases;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.OwnerDatabase;

/** Persons indexed before each kind of index had its own key are found again once the start-up upgrade ran. */
@QuarkusTest
class PersonIndexUpgradeTest {
    @Inject
    PersonIndexUpgrade upgrade;

    @Test
    void aPersonOnTheOldSchemeIsFoundByNameIdNumberAndAsADuplicateAfterTheUpgrade() throws SQLException {
        String name = CaseResourceTest.uniqueName();
        String idNumber = "0224" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        String caseId = CaseResourceTest.open(name, idNumber);
        UUID personId;
        try (var db = OwnerDatabase.connect(); var st = db.prepareStatement("""
                UPDATE person SET full_name_index = 'old-name', id_number_index = 'old-id', duplicate_index = NULL, index_scheme = 1
                WHERE id = (SELECT person_id FROM case_file WHERE id = ?) RETURNING id""")) {
            st.setObject(1, UUID.fromString(caseId));
            var rs = st.executeQuery();
            rs.next();
            personId = (UUID) rs.getObject(1);
        }
        as("worker").body(Map.of("q", name)).post("/api/v1/cases/search").then().statusCode(200).body("items.id", not(hasItem(caseId)));

        upgrade.onStart(null);

        as("worker").body(Map.of("q", name)).post("/api/v1/cases/search").then().statusCode(200).body("items.id", hasItem(caseId));
        as("worker").body(Map.of("q", idNumber)).post("/api/v1/cases/search").then().statusCode(200).body("items.id", hasItem(caseId));
        as("worker").body(CaseResourceTest.intake(CaseResourceTest.person(name, idNumber))).post("/api/v1/intakes").then().statusCode(201)
                .body("possibleDuplicates.caseId", hasItem(caseId));
        try (var db = OwnerDatabase.connect(); var st = db.prepareStatement("SELECT index_scheme FROM person WHERE id = ?")) {
            st.setObject(1, personId);
            var rs = st.executeQuery();
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }
}
