package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a surname on its own is reported in a Markdown body: its own line and column, found in one walk. */
class SurnameWarningsTest {
    private static List<String> positions(String body, int firstLine, List<Integer> offsets) {
        List<NameRedactor.Surname> found = new ArrayList<>();
        for (int o : offsets) {
            found.add(new NameRedactor.Surname(o, "Zwartkop", "acme"));
        }
        Diagnostics d = new Diagnostics();
        new SurnameWarnings(d)
                .markdown(new NameRedactor.Released(body, found), body, new SourceSpan("x.md", firstLine, 1));
        return d.all().stream()
                .map(Diagnostic::at)
                .map(a -> a.line() + ":" + a.column())
                .toList();
    }

    @Test
    void eachSurnameAtItsLineAndColumnWhateverTheLineEndsAndTheOrder() {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String body = "Intro" + nl + nl + "We met Zwartkop." + nl + "\uD835\uDC07 Zwartkop";
            int first = body.indexOf("Zwartkop");
            int second = body.lastIndexOf("Zwartkop");
            assertEquals(
                    List.of("7:8", "8:3"),
                    positions(body, 5, List.of(second, first)),
                    nl.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    /** 40,000 surnames in a 1 MB text: a position counted from the start for each one took minutes. */
    @Test
    void manySurnamesInALongTextAreReportedInLinearTime() {
        StringBuilder b = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        while (b.length() < 1_000_000) {
            offsets.add(b.length() + 4);
            b.append("Met Zwartkop today, ").append(offsets.size() % 10 == 0 ? "\n" : "");
        }
        List<NameRedactor.Surname> found = new ArrayList<>();
        for (int o : offsets) {
            found.add(new NameRedactor.Surname(o, "Zwartkop", "acme"));
        }
        Diagnostics d = new Diagnostics();
        String body = b.toString();
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> new SurnameWarnings(d)
                        .markdown(new NameRedactor.Released(body, found), body, new SourceSpan("x.md", 1, 1)));
        assertEquals(offsets.size(), d.warningCount(), "every surname is counted");
        String last = d.all().get(d.all().size() - 1).at().toString();
        assertEquals(
                List.of("x.md:1:5", "x.md:1:25"),
                d.all().subList(0, 2).stream().map(x -> x.at().toString()).toList(),
                last);
    }
}
