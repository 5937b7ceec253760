package org.safereturn.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class CountsTest {
    /** A query over {@code rows} matches that honours setMaxResults, as the database does. */
    @SuppressWarnings("unchecked")
    private static TypedQuery<Object> matching(int rows) {
        int[] max = {Integer.MAX_VALUE};
        return (TypedQuery<Object>) Proxy.newProxyInstance(CountsTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setMaxResults" -> {
                        max[0] = (Integer) args[0];
                        yield proxy;
                    }
                    case "getResultList" -> Collections.nCopies(Math.min(rows, max[0]), new Object());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void exactUpToTheCapAndAtLeastTheCapBeyond() {
        assertEquals(new Counts.Total(0, true), Counts.upToCap(matching(0)));
        assertEquals(new Counts.Total(999, true), Counts.upToCap(matching(999)));
        assertEquals(new Counts.Total(1000, true), Counts.upToCap(matching(1000)));
        assertEquals(new Counts.Total(1000, false), Counts.upToCap(matching(1001)));
        assertEquals(new Counts.Total(1000, false), Counts.upToCap(matching(1_000_000)));
    }
}
