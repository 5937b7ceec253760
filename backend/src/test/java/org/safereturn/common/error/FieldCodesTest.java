package org.safereturn.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCodesTest {
    @Test
    void aServicesCommonMessagesTakeTheirOwnCodesAndTheRestAreInvalid() {
        assertEquals("not-future", new Problem.FieldError("receivedAt", "must not be in the future").code());
        assertEquals("unknown-place", new Problem.FieldError("placeCode", "is not a known administrative unit").code());
        assertEquals("unknown-organization", new Problem.FieldError("organizationId", "is not an organization of the directory").code());
        var before = new Problem.FieldError("endsOn", "must not be before startsOn");
        assertEquals("not-before", before.code());
        assertEquals(Map.of("other", "startsOn"), before.params());
        var oneOf = new Problem.FieldError("status", "must be one of [OPEN, CLOSED]");
        assertEquals(Map.of("values", "[OPEN, CLOSED]"), oneOf.params());
        assertEquals("invalid", new Problem.FieldError("q", "only a case number here").code());
    }

    @Test
    void everyCodeIsListedInOrder() {
        for (String message : new String[] {"must not be in the future", "must be in the future", "is not active", "is required",
                "has the wrong type or format", "is not a category of the taxonomy", "is not the person of this case or an accompanying child"}) {
            assertTrue(FieldCodes.ALL.contains(FieldCodes.ofMessage(message)), message);
        }
        assertEquals(FieldCodes.ALL.stream().sorted().toList(), FieldCodes.ALL);
    }
}
