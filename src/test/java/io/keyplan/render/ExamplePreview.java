package io.keyplan.render;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the example {@code content/} folder with the test-only {@link Records} reader, to look at
 * the pages before the real loader lands: {@code java -cp ... io.keyplan.render.ExamplePreview /tmp/site}.
 * No checks, no free pages or notes: a preview, not a build.
 */
public final class ExamplePreview {
    private ExamplePreview() {}

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 1 ? args[1] : "content");
        Path dir = Path.of(args.length > 0 ? args[0] : "target/example-site");
        Portal portal = Portal.of(
                Records.fromYaml(PortalFile.class, Files.readString(content.resolve("portal.yaml"))),
                TestSite.BUILD_DATE.getYear());
        List<Account> accounts = new ArrayList<>();
        try (Stream<Path> folders = Files.list(content.resolve("accounts")).sorted()) {
            for (Path f : (Iterable<Path>) folders::iterator) {
                Map<SectionId, Narrative> narratives = new EnumMap<>(SectionId.class);
                for (SectionId id : SectionId.values()) {
                    Path md = f.resolve(id.code() + ".md");
                    if (Files.exists(md)) {
                        narratives.put(id, new Narrative(id, Files.readString(md), SourceSpan.file(md.toString())));
                    }
                }
                accounts.add(new Account(
                        f.getFileName().toString(),
                        Records.plan(Files.readString(f.resolve("account.yaml"))),
                        narratives,
                        List.of(),
                        List.of(),
                        SourceSpan.file(f.toString())));
            }
        }
        Content c = new Content(content, portal, accounts, List.of());
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(Theme.load(Path.of("site-theme")))
                .render(
                        c,
                        PortfolioAnalyser.analyse(c, TestSite.BUILD_DATE),
                        new BuildInfo(TestSite.BUILD_DATE, "preview"),
                        out);
        out.saveTo(dir);
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
