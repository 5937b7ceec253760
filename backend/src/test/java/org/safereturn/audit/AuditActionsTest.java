package org.safereturn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of audit actions is the actions the backend writes: none missing, none left over. */
class AuditActionsTest {
    /** An action where an event is written: audit.record("CASE_READ", …), audit.event(x ? "A" : "B", …), recordBySystem("…", …). */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:\\.record|\\.event|recordBySystem)\\(\\s*((?:[^\";]*?\\?\\s*)?\"[A-Z][A-Z0-9_]*[A-Z0-9]\"(?:\\s*:\\s*\"[A-Z][A-Z0-9_]*[A-Z0-9]\")?)");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");
    /** A case's step, audited as "CASE_" + its event type: transition(id, ifMatch, "HANDED_OVER", …) or a choice of two. */
    private static final Pattern CASE_STEP = Pattern.compile("transition\\(id, ifMatch, ((?:[^\"();]*\\?\\s*)?\"[A-Z_]+\"(?:\\s*:\\s*\"[A-Z_]+\")?)");
    /** A ticket's step, audited as "TICKET_" + its event type. */
    private static final Pattern TICKET_STEP = Pattern.compile("step\\(id, ifMatch, Act\\.[A-Z_]+, TicketEvent\\.Type\\.([A-Z_]+)");

    private static String read(String relative) throws IOException {
        return Files.readString(Path.of("src/main/java/org/safereturn").resolve(relative));
    }

    @Test
    void everyActionWrittenIsListedAndEveryListedActionIsWritten() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("AuditActions.java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        Set<String> written = new TreeSet<>();
        Matcher m = WRITTEN.matcher(all);
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(1));
            while (literal.find()) {
                written.add(literal.group(1));
            }
        }
        Matcher steps = CASE_STEP.matcher(read("cases/CaseService.java"));
        while (steps.find()) {
            Matcher literal = LITERAL.matcher(steps.group(1));
            while (literal.find()) {
                written.add("CASE_" + literal.group(1));
            }
        }
        Matcher ticketSteps = TICKET_STEP.matcher(read("hotline/TicketService.java"));
        while (ticketSteps.find()) {
            written.add("TICKET_" + ticketSteps.group(1));
        }
        // Every kind of referral step is audited as "REFERRAL_" + its type (ReferralService.step).
        Matcher types = Pattern.compile("enum Type \\{([^}]*)}").matcher(read("referral/ReferralEvent.java"));
        assertTrue(types.find());
        Arrays.stream(types.group(1).split(",")).map(String::trim).forEach(type -> written.add("REFERRAL_" + type));

        assertTrue(written.size() > 140, "the scan finds the actions: " + written);
        Set<String> missing = new TreeSet<>(written);
        missing.removeAll(AuditActions.ALL);
        assertEquals(Set.of(), missing, "written but not in AuditActions.ALL (the contract and the SPA's words)");
        List<String> unused = AuditActions.ALL.stream().filter(a -> !written.contains(a)).toList();
        assertEquals(List.of(), unused, "listed but never written");
        assertEquals(AuditActions.ALL.stream().sorted().toList(), AuditActions.ALL, "kept in order");
    }
}
