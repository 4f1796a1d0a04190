package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code build} could not write, or would publish for a browser to run, {@code validate}
 * reports at the attachment's file or folder: names of pages KeyPlan writes, names that are one
 * name on Windows and macOS, names Windows cannot hold, Markdown that would not be read, active content.
 */
class AttachmentChecksTest {
    @TempDir
    Path dir;

    Path content;
    Path acme;

    @BeforeEach
    void content() throws IOException {
        content = dir.resolve("content");
        acme = Files.createDirectories(content.resolve("accounts/acme"));
        Files.writeString(acme.resolve("account.yaml"), "name: Acme\nowner: Jan\n");
        note("visit");
    }

    private void note(String name) throws IOException {
        Files.createDirectories(acme.resolve("notes"));
        Files.writeString(acme.resolve("notes/" + name + ".md"), "---\ntitle: Visit\ndate: 2026-01-01\n---\nText\n");
    }

    private Path file(String rel, String text) throws IOException {
        Path p = acme.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private List<Diagnostic> validate() {
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(content, LocalDate.of(2026, 6, 1), d);
        assertEquals(List.of(), d.all(), "the loader finds nothing wrong");
        ContentValidator.validate(c, d);
        return d.all();
    }

    /** {@code rule path-below-acme: message} for each finding. */
    private List<String> found() {
        return validate().stream()
                .map(x -> x.rule() + " " + below(x.at().file()) + ": " + x.message())
                .toList();
    }

    private static String below(String file) {
        return file.substring(file.indexOf("accounts/acme/") + "accounts/acme/".length());
    }

    @Test
    void aFolderOrFileWithTheAddressOfAPageIsReportedAtTheFolder() throws IOException {
        file("index.html/a.png", "png");
        file("index.html/b.png", "png");
        file("print.html/x/c.pdf", "%PDF");
        file("one-page.html/d.pdf", "%PDF");
        file("notes/visit.html/e.png", "png");
        assertEquals(
                List.of(
                        "attachment index.html: the folder 'index.html' takes the address of the account's page (index.html)",
                        "attachment notes/visit.html: the folder 'notes/visit.html' takes the address of the page of the note"
                                + " visit.md (notes/visit.html)",
                        "attachment one-page.html: the folder 'one-page.html' takes the address of the account's one-page plan"
                                + " (one-page.html)",
                        "attachment print.html: the folder 'print.html' takes the address of the account's printed plan (print.html)"),
                found());
    }

    @Test
    void namesThatAreOneNameOnWindowsAndMacosClashWithPages() throws IOException {
        file("INDEX.HTML/a.png", "png");
        file("Print.Html/b.png", "png");
        file("Notes/c.pdf", "%PDF");
        file("notes/VISIT.html/d.png", "png");
        List<String> f = found();
        assertEquals(4, f.size(), f.toString());
        assertTrue(
                f.get(0)
                        .startsWith("attachment INDEX.HTML: the folder 'INDEX.HTML' takes the address of the"
                                + " account's page (index.html) on Windows and macOS"),
                f.get(0));
        assertTrue(
                f.get(1)
                        .startsWith("attachment Notes: the folder 'Notes' takes the address of the folder of the"
                                + " account's note pages (notes/) on Windows and macOS"),
                f.get(1));
        assertTrue(f.get(2).startsWith("attachment Print.Html: "), f.get(2));
        assertTrue(f.get(3).startsWith("attachment notes/VISIT.html: "), f.get(3));
    }

    @Test
    void aFileNamedLikeTheNotesFolderClashesOnceThereAreNotes() throws IOException {
        file("NOTES", "plain");
        assertEquals(
                List.of("attachment NOTES: the file 'NOTES' takes the address of the folder of the account's note"
                        + " pages (notes/) on Windows and macOS, which do not tell upper from lower case (nor two ways of writing"
                        + " one accented letter) apart"),
                found());
    }

    @Test
    void anAttachmentNamedLikeAPageIsReportedForBothReasons() throws IOException {
        file("print.html", "<p>x</p>");
        List<String> f = found();
        assertEquals(2, f.size(), f.toString());
        assertTrue(
                f.contains("attachment print.html: the file 'print.html' takes the address of the account's printed"
                        + " plan (print.html)"),
                f.toString());
        assertTrue(
                f.contains("attachment print.html: a web page ('print.html') cannot be an attachment: a browser would"
                        + " run what is inside it on the portal"),
                f.toString());
    }

    @Test
    void attachmentsThatAreOneNameOnWindowsAndMacosAreReported() throws IOException {
        file("Report.pdf", "%PDF");
        file("report.pdf", "%PDF");
        file("Docs/a.pdf", "%PDF");
        file("docs/b.pdf", "%PDF");
        file(Normalizer.normalize("café.pdf", Normalizer.Form.NFC), "%PDF");
        file(Normalizer.normalize("café.pdf", Normalizer.Form.NFD), "%PDF");
        List<Diagnostic> all = validate();
        List<String> f =
                all.stream().map(x -> x.rule() + " " + below(x.at().file())).toList();
        assertEquals(
                List.of(
                        "duplicate-name " + Normalizer.normalize("café.pdf", Normalizer.Form.NFC),
                        "duplicate-name docs",
                        "duplicate-name report.pdf"),
                f);
        assertTrue(
                all.get(2).message().contains("'report.pdf' and 'Report.pdf' are one name on Windows and macOS"),
                all.get(2).message());
        assertEquals("rename one of them", all.get(2).hint());
    }

    @Test
    void namesThatWindowsOrAWebAddressCannotHoldAreReported() throws IOException {
        file("a:b.pdf", "%PDF");
        file("back\\slash.pdf", "%PDF");
        file("con.pdf", "%PDF");
        file("LPT1", "x");
        file("trailing.pdf.", "%PDF");
        file("space.pdf ", "%PDF");
        file("what?.pdf", "%PDF");
        file("tab\tname.pdf", "%PDF");
        file("aux/deck.pdf", "%PDF");
        List<String> f = found();
        assertEquals(
                List.of(
                        "attachment LPT1: the file name 'LPT1' is a name Windows keeps for a device",
                        "attachment a:b.pdf: the file name 'a:b.pdf' contains ':', which Windows and web addresses cannot hold",
                        "attachment aux: the folder name 'aux' is a name Windows keeps for a device",
                        "attachment back/slash.pdf: the file name 'back\\slash.pdf' contains '\\', which Windows and web addresses"
                                + " cannot hold",
                        "attachment con.pdf: the file name 'con.pdf' is a name Windows keeps for a device",
                        "attachment space.pdf : the file name 'space.pdf ' ends with a dot or a space, which Windows drops",
                        "attachment tab\tname.pdf: the file name 'tab\tname.pdf' contains a control character, which Windows and"
                                + " web addresses cannot hold",
                        "attachment trailing.pdf.: the file name 'trailing.pdf.' ends with a dot or a space, which Windows drops",
                        "attachment what?.pdf: the file name 'what?.pdf' contains '?', which Windows and web addresses cannot hold"),
                f);
    }

    @Test
    void aNameThatIsNotValidTextIsReported() throws IOException, InterruptedException {
        // A name in Latin-1 bytes, as an old Windows zip tool leaves it: Java cannot decode it as UTF-8.
        assumeTrue(System.getProperty("sun.jnu.encoding", "").equalsIgnoreCase("UTF-8"), "needs a UTF-8 system");
        Process p = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'offerte-\\351t\\351.pdf')\"")
                .directory(acme.toFile())
                .start();
        assumeTrue(p.waitFor() == 0, "no shell to make the name");
        List<String> f = found();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).startsWith("attachment offerte-"), f.get(0));
        assertTrue(f.get(0).contains("holds characters that cannot be read as text"), f.get(0));
    }

    @Test
    void markdownThatWouldNotBeReadIsReportedWithAHint() throws IOException {
        file("SWOT.MD", "x");
        file("mission.markdown", "x");
        file("ideas.markdown", "x");
        file("notes/Visit2.markdown", "x");
        file("docs/why.md", "x");
        List<Diagnostic> all = validate();
        List<String> f =
                all.stream().map(x -> below(x.at().file()) + " | " + x.hint()).toList();
        assertEquals("SWOT.MD | rename it to 'swot.md'", f.get(0));
        assertTrue(f.get(1).startsWith("docs/why.md | move it there, or delete it"), f.get(1));
        assertTrue(
                all.get(1).message().contains("Markdown is read only next to account.yaml"),
                all.get(1).message());
        assertTrue(
                f.get(2).startsWith("ideas.markdown | a narrative file is named after its section: overview,"),
                f.get(2));
        assertEquals("mission.markdown | rename it to 'mission.md'", f.get(3));
        assertEquals("notes/Visit2.markdown | rename it to 'visit2.md'", f.get(4));
        assertEquals(5, all.size());
        assertTrue(all.stream().allMatch(x -> x.rule().equals("unknown-file") && x.isError()));
    }

    @Test
    void activeContentIsReportedAtTheFileAndLine() throws IOException {
        file("report.html", "<p>x</p>");
        file("docs/org.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect/>\n<rect onclick=\"alert(1)\"/></svg>");
        file("notes/minutes.txt", "<html><script>alert(1)</script></html>");
        List<Diagnostic> all = validate();
        assertEquals(
                List.of("docs/org.svg:3:27", "notes/minutes.txt", "report.html"),
                all.stream().map(x -> below(x.at().toString())).toList());
        assertTrue(all.stream().allMatch(x -> x.rule().equals("attachment") && x.hint() != null));
    }

    @Test
    void ordinaryAttachmentsInEveryPlacePass() throws IOException {
        file("deck.pdf", "%PDF-1.7");
        file("docs/2026/plan.pdf", "%PDF-1.7");
        file("notes/photo.png", "png");
        file("notes/visit-photos/1.jpg", "jpg");
        file("Präsentation.pdf", "%PDF");
        file("org.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
        file("index-2025.pdf", "%PDF");
        file("notes-2025/a.pdf", "%PDF");
        assertEquals(List.of(), found());
    }

    @Test
    void accountNoteAndPageNamesThatWindowsKeepsForDevicesAreReported() throws IOException {
        for (String slug : List.of("con", "aux", "lpt1", "com9")) {
            Path a = Files.createDirectories(content.resolve("accounts/" + slug));
            Files.writeString(a.resolve("account.yaml"), "name: X\nowner: Jan\n");
        }
        note("nul");
        note("prn");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/aux.md"), "# Aux\n");
        Files.writeString(content.resolve("pages/auxiliary.md"), "# fine\n");
        note("console");
        List<String> f = validate().stream()
                .map(x -> x.rule() + " " + x.at().file().substring(x.at().file().indexOf("content/") + 8) + ": "
                        + x.message())
                .toList();
        assertEquals(
                List.of(
                        "slug accounts/acme/notes/nul.md: the note name 'nul' is a name Windows keeps for a device",
                        "slug accounts/acme/notes/prn.md: the note name 'prn' is a name Windows keeps for a device",
                        "slug accounts/aux: the account folder name 'aux' is a name Windows keeps for a device",
                        "slug accounts/com9: the account folder name 'com9' is a name Windows keeps for a device",
                        "slug accounts/con: the account folder name 'con' is a name Windows keeps for a device",
                        "slug accounts/lpt1: the account folder name 'lpt1' is a name Windows keeps for a device",
                        "slug pages/aux.md: the page name 'aux' is a name Windows keeps for a device"),
                f);
    }

    /** A file that goes away or cannot be read is the machine's problem (exit 2 at the command line), not a plan error. */
    @Test
    void anAttachmentThatCannotBeReadIsNotReportedAsAPlanMistake() throws IOException {
        file("offer.pdf", "%PDF-1.4");
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(content, LocalDate.of(2026, 6, 1), d);
        Files.delete(acme.resolve("offer.pdf"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                java.io.UncheckedIOException.class, () -> ContentValidator.validate(c, d));
        assertTrue(e.getMessage().contains("offer.pdf"), e.getMessage());
        assertTrue(e.getCause() instanceof java.nio.file.NoSuchFileException, String.valueOf(e.getCause()));
    }

    /** Windows and macOS compare names case-folded: 'ſ' (long s) is 's', the Kelvin sign is 'k'. */
    @Test
    void namesEqualOnlyUnderFullCaseFoldingClash() throws IOException {
        file("re\u017Fult.pdf", "%PDF");
        file("result.pdf", "%PDF");
        file("\u212Aick-off.pdf", "%PDF");
        file("kick-off.pdf", "%PDF");
        List<String> f = found();
        assertEquals(2, f.stream().filter(x -> x.contains("lower case")).count(), f.toString());
    }

    @Test
    void consoleDeviceNamesAreReported() throws IOException {
        file("CONIN$", "x");
        file("conout$.pdf", "%PDF");
        List<String> f = found();
        assertEquals(
                2,
                f.stream()
                        .filter(x -> x.contains("a name Windows keeps for a device"))
                        .count(),
                f.toString());
    }
}
