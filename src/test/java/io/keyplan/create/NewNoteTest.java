package io.keyplan.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.model.Note;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.Theme;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.SiteInMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewNoteTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void anAccount() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        NewAccount.create(content, "noordzee-foods", null, "Anna Smit");
    }

    private List<String> everything() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void theNoteLoadsWithItsTitleAndDateAndRenders() throws Exception {
        Path file = NewNote.create(content, "noordzee-foods", "Visit <Urk> & \"plant\": line 4", DAY);
        assertEquals(content.resolve("accounts/noordzee-foods/notes/2026-11-23-visit-urk-plant-line-4.md"), file);
        BuildInfo info = new BuildInfo(DAY, "test", Audience.INTERNAL);
        SiteBuild.Checked checked = new SiteBuild(Stages.standard()).check(content, false, info);
        assertTrue(
                !checked.diagnostics().hasErrors(), checked.diagnostics().all().toString());
        Note note = checked.content().accounts().get(0).notes().get(0);
        assertEquals("2026-11-23-visit-urk-plant-line-4", note.name());
        assertEquals("Visit <Urk> & \"plant\": line 4", note.title());
        assertEquals(DAY, note.date());

        SiteInMemory site = new SiteInMemory();
        Content c = checked.content();
        new SiteRenderer(Theme.load(Path.of("site-theme"))).render(c, PortfolioAnalyser.analyse(c, DAY), info, site);
        String page = site.texts().get("accounts/noordzee-foods/notes/2026-11-23-visit-urk-plant-line-4.html");
        assertTrue(page != null, site.texts().keySet().toString());
        assertTrue(
                page.contains("Visit &lt;Urk&gt; &amp; &quot;plant&quot;: line 4")
                        || page.contains("Visit &lt;Urk&gt; &amp; \"plant\": line 4"),
                page);
        assertTrue(site.texts()
                .get("accounts/noordzee-foods/index.html")
                .contains("2026-11-23-visit-urk-plant-line-4.html"));
    }

    @Test
    void anExistingNoteIsNeverOverwritten() throws Exception {
        Path first = NewNote.create(content, "noordzee-foods", "Review", DAY);
        Files.writeString(first, "---\ntitle: Review\ndate: 2026-11-23\n---\nMinutes.\n");
        Path second = NewNote.create(content, "noordzee-foods", "Review", DAY);
        Path third = NewNote.create(content, "noordzee-foods", "review", DAY);
        assertEquals("2026-11-23-review.md", first.getFileName().toString());
        assertEquals("2026-11-23-review-2.md", second.getFileName().toString());
        assertEquals("2026-11-23-review-3.md", third.getFileName().toString());
        assertEquals("---\ntitle: Review\ndate: 2026-11-23\n---\nMinutes.\n", Files.readString(first));
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(content, DAY, d);
        assertEquals(List.of(), d.all());
    }

    @Test
    void anUnknownAccountIsRefusedWithTheClosestOne() throws Exception {
        List<String> before = everything();
        Refused r = assertThrows(Refused.class, () -> NewNote.create(content, "noordzee-food", null, DAY));
        assertEquals(
                "there is no account 'noordzee-food' in "
                        + content.resolve("accounts").toString().replace('\\', '/')
                        + " (did you mean 'noordzee-foods'?)",
                r.getMessage());
        assertEquals("keyplan new note noordzee-foods", r.hint());
        Refused far = assertThrows(Refused.class, () -> NewNote.create(content, "Acme Corp", null, DAY));
        assertTrue(far.hint().contains("keyplan new account acme-corp"), far.hint());
        assertEquals(before, everything(), "nothing written");
    }

    @Test
    void namesAndFrontMatter() {
        assertEquals("2026-11-23-note", NewNote.baseName(NewNote.DEFAULT_TITLE, DAY));
        assertEquals("2026-11-23-note", NewNote.baseName("会议纪要", DAY));
        assertEquals("2026-11-23-bezoek-urk", NewNote.baseName("Bezoek Urk", DAY));
        assertEquals("2026-11-23-account-review", NewNote.baseName("Account review", DAY));
        String longName = NewNote.baseName("word ".repeat(40), DAY);
        assertTrue(longName.length() <= 61 && !longName.endsWith("-"), longName);
        assertEquals(
                "---\ntitle: Note\ndate: 2026-11-23\n# author:  # Who wrote the note.\n"
                        + "# tags:  # Free words to group notes by, e.g. [visit, plant].\n---\n\n",
                NewNote.text("Note", DAY));
    }

    @Test
    void noteTextIsUtf8() throws Exception {
        Path file = NewNote.create(content, "noordzee-foods", "Übergabe", DAY);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("title: Übergabe\n"));
    }
}
