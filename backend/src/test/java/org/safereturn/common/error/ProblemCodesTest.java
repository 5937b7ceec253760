package org.safereturn.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of problem codes is the codes the backend throws: none missing, none left over. */
class ProblemCodesTest {
    /** A code where a problem is made: new ProblemException(409, "case.closed", …), conflict("…"), respond(503, "…", …). */
    private static final Pattern THROWN = Pattern.compile(
            "(?:ProblemException\\(\\s*[\\w.]+,\\s*|(?:conflict|respond)\\(\\s*(?:\\d+,\\s*)?)\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*)\"");

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // Every source but the list itself.
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ProblemCodes.java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyCodeThrownIsListedAndEveryListedCodeIsThrown() throws IOException {
        String sources = sources();
        Set<String> thrown = new TreeSet<>();
        Matcher m = THROWN.matcher(sources);
        while (m.find()) {
            thrown.add(m.group(1));
        }
        assertTrue(thrown.size() > 60, "the scan finds the codes: " + thrown);
        Set<String> missing = new TreeSet<>(thrown);
        missing.removeAll(ProblemCodes.ALL);
        assertEquals(Set.of(), missing, "thrown but not in ProblemCodes.ALL (the contract and the SPA's messages)");
        List<String> unused = ProblemCodes.ALL.stream().filter(code -> !sources.contains("\"" + code + "\"")).toList();
        assertEquals(List.of(), unused, "listed but never answered");
        assertEquals(ProblemCodes.ALL.stream().sorted().toList(), ProblemCodes.ALL, "kept in order");
    }
}
