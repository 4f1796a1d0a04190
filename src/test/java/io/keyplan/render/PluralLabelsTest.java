package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Language;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts on the pages take the noun's form for the count, in every language of the theme. */
class PluralLabelsTest {
    private static String indexLead(String language, int accounts) {
        List<Account> list = new ArrayList<>();
        for (int i = 1; i <= accounts; i++) {
            list.add(new Account(
                    "a" + i,
                    Records.plan("name: Account " + i + "\nowner: Jan"),
                    Map.of(),
                    List.of(),
                    List.of(),
                    SourceSpan.file("a" + i)));
        }
        Portal portal = Portal.of(Records.fromYaml(PortalFile.class, "language: " + language), 2026);
        MemorySiteWriter out = TestSite.render(new Content(Path.of("content"), portal, list, List.of()));
        return Jsoup.parse(out.text("index.html")).selectFirst("p.lead").text();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "en; 1; Who our key accounts are and why they matter to us: 1 account.",
                "en; 2; Who our key accounts are and why they matter to us: 2 accounts.",
                "nl; 1; Wie onze key accounts zijn en waarom ze voor ons belangrijk zijn: 1 account.",
                "nl; 2; Wie onze key accounts zijn en waarom ze voor ons belangrijk zijn: 2 accounts.",
                "de; 1; Wer unsere Key Accounts sind und warum sie für uns wichtig sind: 1 Account.",
                "de; 2; Wer unsere Key Accounts sind und warum sie für uns wichtig sind: 2 Accounts."
            })
    void theHomePageCountsItsAccounts(String language, int accounts, String expected) {
        assertEquals(expected, indexLead(language, accounts));
    }

    private static final Theme THEME = Theme.load(Path.of("site-theme"));

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "NL; 1; 1 dag te laat", "NL; 2; 2 dagen te laat", "NL; 0; 0 dagen te laat",
                "DE; 1; 1 Tag zu spät", "DE; 2; 2 Tage zu spät", "DE; 0; 0 Tage zu spät",
                "EN; 1; 1 day late", "EN; 2; 2 days late"
            })
    void daysLate(Language language, long days, String expected) {
        assertEquals(expected, THEME.messages(language).get("actions.daysLate", days));
    }

    @Test
    void aTwoCountTextChoosesEachNounByItsOwnCount() {
        Messages de = THEME.messages(Language.DE);
        assertEquals(
                "1 offene Maßnahme in allen Plänen. Überfällige zuerst, dann die in den nächsten 90 Tagen fälligen.",
                de.get("actions.lead", 1, 90));
        assertEquals(
                "2 offene Maßnahmen in allen Plänen. Überfällige zuerst, dann die am nächsten Tag fälligen.",
                de.get("actions.lead", 2, 1));
        assertEquals("1 van 2 accounts getoond", THEME.messages(Language.NL).get("filter.count", 1, 2));
        assertEquals("2 van 1 account getoond", THEME.messages(Language.NL).get("filter.count", 2, 1));
    }

    @Test
    void aFormattedNumberIsJudgedAsTheReaderSeesItAndAMissingCountIsLeftForTheScript() {
        Messages en = THEME.messages(Language.EN);
        assertEquals("1.5 days late", en.get("actions.daysLate", 1.5));
        assertEquals("1,0 dagen te laat", THEME.messages(Language.NL).get("actions.daysLate", "1,0"));
        assertEquals("1 day late", en.get("actions.daysLate", "1"));
        assertEquals("{0} of {1} {1|account|accounts} shown", en.get("filter.count"));
    }
}
