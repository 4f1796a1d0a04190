package io.keyplan.bench;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.pipeline.Stages;
import io.keyplan.publish.FolderSiteWriter;
import io.keyplan.site.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Times each stage of a build in one JVM, for docs/performance.md: where the time goes.
 * {@code java -cp ... io.keyplan.bench.StageTimes CONTENT_DIR OUTPUT_DIR [rounds]}; the first
 * round includes class loading and JIT warm-up, later rounds show the steady state.
 */
public final class StageTimes {
    private StageTimes() {}

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        LocalDate today = LocalDate.of(2026, 11, 23);
        Stages stages = Stages.standard();
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            Diagnostics d = new Diagnostics();
            Content c = stages.load(content, today, d);
            long t1 = System.nanoTime();
            stages.validate(c, d);
            long t2 = System.nanoTime();
            PortfolioAnalysis a = stages.analyse(c, today);
            long t3 = System.nanoTime();
            stages.planWarnings(c, a, d);
            long t4 = System.nanoTime();
            Files.createDirectories(output);
            FolderSiteWriter out = new FolderSiteWriter(output);
            stages.render(
                    c, a, io.keyplan.history.History.none(), new BuildInfo(today, "bench"), Path.of("site-theme"), out);
            long t5 = System.nanoTime();
            System.err.printf(
                    "round %d: load %d ms, validate %d ms, analyse %d ms, warnings %d ms, render+write %d ms (%d pages)%n",
                    r,
                    ms(t1 - t0),
                    ms(t2 - t1),
                    ms(t3 - t2),
                    ms(t4 - t3),
                    ms(t5 - t4),
                    out.pages().size());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
