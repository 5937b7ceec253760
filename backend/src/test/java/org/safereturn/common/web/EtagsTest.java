package org.safereturn.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

class EtagsTest {
    @Test
    void readsStrongAndWeakTags() {
        assertEquals(7, Etags.requireVersion("\"7\""));
        assertEquals(7, Etags.requireVersion("W/\"7\""));
        assertEquals("\"7\"", Etags.of(7));
    }

    @Test
    void missingIs428AndForeignIs412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireVersion(null)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireVersion(" ")).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireVersion("\"abc\"")).status());
    }
}
