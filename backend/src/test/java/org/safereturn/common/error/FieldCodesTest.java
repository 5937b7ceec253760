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

    /** A field error a service writes with a message of one literal: invalid("field", "message") or new FieldError(x, "message"). */
    private static final java.util.regex.Pattern LITERAL_MESSAGE = java.util.regex.Pattern.compile(
            "(?:ProblemException\\.invalid\\(|FieldError\\()(?:[^;\",]|\"[^\"]*\")+?,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    @Test
    void everyMessageAServiceWritesHasACodeOfItsOwn() throws java.io.IOException {
        java.util.Set<String> uncoded = new java.util.TreeSet<>();
        int seen = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = LITERAL_MESSAGE.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    seen++;
                    String message = m.group(1).replace("\\\"", "\"");
                    if (FieldCodes.ofMessage(message).equals("invalid")) {
                        uncoded.add(message);
                    }
                }
            }
        }
        assertTrue(seen > 80, "the scan finds the messages: " + seen);
        assertEquals(java.util.Set.of(), uncoded, "messages the SPA could only quote in English: give each a code in FieldCodes");
    }

    @Test
    void aMessageWithValuesTakesItsCodeAndTheValuesAsParameters() {
        var error = new Problem.FieldError("groupBy", "the table would have 5000 cells (at most 2000): group by fewer dimensions");
        assertEquals("too-many-cells", error.code());
        assertEquals(Map.of("size", "5000", "max", "2000"), error.params());
        assertEquals("plan-year", new Problem.FieldError("on", "must lie in the plan's year 2026").code());
    }
}
