package org.safereturn.common.persistence;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which fields differ between two views of a record, for the audit trail. */
public final class Changes {
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    private Changes() {}

    public static <R extends Record> List<String> between(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            try {
                if (!Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /** A small JSON text {@code {"changed":["a","b"]}} for an audit event's details. */
    public static String asJson(List<String> fields) {
        return "{\"changed\":[" + String.join(",", fields.stream().map(f -> "\"" + f + "\"").toList()) + "]}";
    }
}
