package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several mistakes across one content folder: all are reported, each at its exact place. */
class LoadMistakesTest {
    private static final String ROOT = "src/test/resources/load/mistakes";

    @Test
    void everyMistakeIsReportedWithItsPosition() {
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(Path.of(ROOT), LocalDate.of(2026, 6, 1), d);
        List<String> lines = d.all().stream().map(Object::toString).toList();
        String a = ROOT + "/accounts/acme/";
        assertEquals(
                List.of(
                        ROOT + "/accounts/Bad_Name: error: the account folder 'Bad_Name' is not a valid name: use only"
                                + " lower-case letters, digits and '-', at most 64 characters",
                        a
                                + "account.yaml:3:8: error: 'stage' must be one of exploratory, basic, cooperative, interdependent,"
                                + " integrated; got \"cooperativ\" (did you mean 'cooperative'?)",
                        a + "account.yaml:4:14: error: 'last_review' is not a real date: \"2026-02-30\"",
                        a + "account.yaml:7:18: error: 'probability' must be a number from 0 to 100, got \"high\"",
                        a + "account.yaml:8:5: error: required key 'description' is missing in 'opportunities'",
                        a
                                + "account.yaml:8:5: error: unknown key 'descripton' in 'opportunities' (did you mean 'description'?)",
                        a + "account.yaml:9:12: error: 'value' must be a number, got \"1,200\"",
                        a + "account.yaml:12:12: error: 'known' must be true or false, got \"yes\"",
                        a + "account.yaml:13:1: error: the key 'owner' appears twice; the first is on line 2",
                        a + "notes/visit.md:2:1: error: required key 'date' is missing",
                        a + "notes/visit.md:3:1: error: unknown key 'autor' (did you mean 'author'?)",
                        a + "swott.md: error: 'swott.md' is not the name of a section (did you mean 'swot'?)",
                        ROOT
                                + "/portal.yaml:1:11: error: 'currency' must be an ISO 4217 code like EUR, USD or GBP, got \"EURO\"",
                        ROOT
                                + "/portal.yaml:4:5: error: the weights of 'attractiveness' must add up to 100, but they add up to 90",
                        ROOT
                                + "/portal.yaml:10:9: error: the 'platinum' cut-off (90) must be below the 'gold' cut-off (80)",
                        ROOT
                                + "/portal.yaml:11:10: error: 'basis' must be one of profit, revenue; got \"profits\""
                                + " (did you mean 'profit'?)"),
                lines);
        assertEquals("Jan de Vries", c.accounts().get(0).plan().owner().name());
    }

    @Test
    void aRequiredValueThatIsWrongIsNotAlsoReportedAsEmpty(@TempDir Path root) throws IOException {
        Path notes = Files.createDirectories(root.resolve("accounts/acme/notes"));
        Files.writeString(root.resolve("accounts/acme/account.yaml"), "name: Acme\nowner:\n  name: Jan de Vries\n");
        Files.writeString(notes.resolve("2026-01-05-visit.md"), "---\ntitle: Visit\ndate: 2026-13-45\n---\nBody\n");
        Files.writeString(notes.resolve("2026-01-06-call.md"), "---\ntitle: Call\ndate: soon\n---\nBody\n");
        Files.writeString(notes.resolve("2026-01-07-mail.md"), "---\ntitle: Mail\ndate:\n---\nBody\n");
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(root, LocalDate.of(2026, 6, 1), d);
        String n = root + "/accounts/acme/notes/";
        assertEquals(
                List.of(
                        n + "2026-01-05-visit.md:3:7: error: 'date' is not a real date: \"2026-13-45\"",
                        n + "2026-01-06-call.md:3:7: error: 'date' must be a date like 2026-03-31, got \"soon\"",
                        n + "2026-01-07-mail.md:2:1: error: required key 'date' is empty"),
                d.all().stream()
                        .map(Object::toString)
                        .filter(line -> line.contains("/notes/"))
                        .sorted()
                        .toList());
    }
}
