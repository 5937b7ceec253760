package org.safereturn.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.safereturn.common.ctdc.AgeBand;

/** Persons received before V37 get their CTDC age band from their encrypted birth date at start. */
@QuarkusTest
class AgeBandBackfillTest {
    @Inject
    AgroalDataSource db;
    @Inject
    AgeBandBackfill backfill;

    String band(String caseId) throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT p.age_band FROM person p JOIN case_file c ON c.person_id = p.id WHERE c.id = '" + caseId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aPersonWithoutABandGetsTheOneOfTheirBirthDate() throws SQLException {
        String caseId = CaseResourceTest.open(CaseResourceTest.uniqueName(), null);
        String expected = AgeBand.ofAge(Period.between(LocalDate.parse("2007-03-14"), LocalDate.now()).getYears()).name();
        assertEquals(expected, band(caseId), "set at intake from the birth date");
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE person SET age_band = NULL WHERE id = (SELECT person_id FROM case_file WHERE id = '" + caseId + "')");
        }
        org.safereturn.common.persistence.KeysetBatches.untilDone(backfill::fill);
        assertEquals(expected, band(caseId), "taken again from the encrypted birth date");
    }
}
