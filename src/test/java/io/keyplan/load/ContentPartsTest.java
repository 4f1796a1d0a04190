package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parts live preview reads on their own (portal, free pages, account names, one account) are
 * what {@link ContentLoader#load} reads, and together report what it reports.
 */
class ContentPartsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    @ParameterizedTest
    @ValueSource(strings = {"content", "src/test/resources/load/mistakes"})
    void thePartsAreTheWhole(String folder) {
        Path root = Path.of(folder);
        ContentLoader loader = new ContentLoader();
        Diagnostics whole = new Diagnostics();
        Content content = loader.load(root, DATE, whole);

        Diagnostics parts = new Diagnostics();
        Portal portal = loader.portal(root, DATE, parts);
        List<Page> pages = loader.pages(root, parts);
        List<String> names = loader.accountNames(root, parts);
        List<Account> accounts = new ArrayList<>();
        for (String name : names) {
            Diagnostics own = new Diagnostics();
            accounts.add(loader.account(root, name, own));
            parts.addAll(own);
        }
        assertEquals(content.portal(), portal);
        assertEquals(content.pages(), pages);
        assertEquals(
                content.accounts(), accounts.stream().filter(Objects::nonNull).toList());
        assertEquals(lines(whole), lines(parts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-account", ".hidden"})
    void anAccountThatIsNotThereIsNothing(String name) {
        Diagnostics d = new Diagnostics();
        assertNull(new ContentLoader().account(Path.of("content"), name, d));
        assertEquals(0, d.errorCount() + d.warningCount());
    }

    @org.junit.jupiter.api.Test
    void noAccountsFolderIsReportedAsLoadReportsIt() {
        Diagnostics d = new Diagnostics();
        assertNull(new ContentLoader().accountNames(Path.of("src/test/resources/load"), d));
        assertTrue(
                d.all().get(0).message().contains("has no 'accounts' folder"),
                d.all().toString());
    }

    private static TreeSet<String> lines(Diagnostics d) {
        TreeSet<String> out = new TreeSet<>();
        d.all().forEach(x -> out.add(x + " | " + x.hint()));
        out.add(d.errorCount() + " errors, " + d.warningCount() + " warnings");
        return out;
    }
}
