package org.safereturn.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A request stopped by its transaction timeout answers 503 with Retry-After, not 500. */
class TimeoutProblemTest {
    @Test
    void aCancelledStatementIsATimeout() {
        RuntimeException wrapped = new RuntimeException("invoking", new IllegalStateException(new SQLException("canceling statement due to user request", "57014")));
        assertTrue(ProblemMappers.timedOut(wrapped));
        assertTrue(ProblemMappers.timedOut(new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016102: The transaction is not active!"))));
        assertFalse(ProblemMappers.timedOut(new RuntimeException(new SQLException("duplicate key", "23505"))));
        Response r = new ProblemMappers().unexpected(wrapped, null);
        assertEquals(503, r.getStatus());
        assertEquals("30", r.getHeaderString("Retry-After"));
        assertEquals("service.timeout", ((Problem) r.getEntity()).code());
        assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("bug"), null).getStatus());
    }
}
