package io.keyplan.render;

import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example portfolio in {@code content/}, read with the test helper instead of the real
 * loader (which another stage provides): account.yaml and the section narratives only, no
 * notes or attachments. Enough to print every example account.
 */
final class ExampleContent {
    static final Path ROOT = Path.of("content");

    private ExampleContent() {
    }

    static Content load() {
        try {
            Portal portal = Portal.of(Records.fromYaml(PortalFile.class, Files.readString(ROOT.resolve("portal.yaml"))), 2026);
            List<Account> accounts = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(ROOT.resolve("accounts"))) {
                for (Path dir : dirs.sorted().toList()) {
                    AccountPlan plan = Records.plan(Files.readString(dir.resolve("account.yaml")));
                    Map<SectionId, Narrative> narratives = new EnumMap<>(SectionId.class);
                    for (SectionId id : SectionId.values()) {
                        Path md = dir.resolve(id.code() + ".md");
                        if (Files.isRegularFile(md)) {
                            narratives.put(id, new Narrative(id, Files.readString(md), SourceSpan.file(md.toString())));
                        }
                    }
                    String slug = dir.getFileName().toString();
                    accounts.add(new Account(slug, plan, narratives, List.of(), List.of(), SourceSpan.file(dir.toString())));
                }
            }
            return new Content(ROOT, portal, accounts, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
