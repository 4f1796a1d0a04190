package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 3: the optional header field {@code language} ({@code en}, {@code nl}, {@code de}). */
class PlanLanguageLoadTest {
    @TempDir
    Path dir;

    private void plan(String slug, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("accounts").resolve(slug));
        Files.writeString(folder.resolve("account.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheLanguageAndReportsAWrongOneWithItsPlaceAndTheNearestCode() throws IOException {
        Files.writeString(dir.resolve("portal.yaml"), "language: en\n", StandardCharsets.UTF_8);
        plan("rhein", "name: Rhein AG\nowner: Ann\nlanguage: de\n");
        plan("plain", "name: Plain\nowner: Ann\n");
        plan("typo", "name: Typo\nowner: Ann\nlanguage: dee\n");
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(dir, LocalDate.of(2026, 11, 23), d);

        List<String> errors = d.all().stream().map(Object::toString).toList();
        String file = dir.resolve("accounts/typo/account.yaml").toString().replace('\\', '/');
        assertEquals(
                List.of(file + ":3:11: error: 'language' must be one of en, nl, de; got \"dee\" (did you mean 'de'?)"),
                errors);
        assertEquals(Language.DE, plan(c, "rhein").language());
        assertNull(plan(c, "plain").language(), "absent means absent: the portal's language applies");
        assertEquals(Language.EN, plan(c, "plain").writtenIn(Language.EN));
        assertEquals(Language.DE, plan(c, "rhein").writtenIn(Language.EN));
    }

    private static io.keyplan.model.AccountPlan plan(Content c, String slug) {
        return c.accounts().stream()
                .filter(a -> a.slug().equals(slug))
                .map(Account::plan)
                .findFirst()
                .orElseThrow();
    }
}
