package io.keyplan.bench;

import com.sun.management.OperatingSystemMXBean;
import io.keyplan.preview.IncrementalPreview;
import io.keyplan.preview.Preview;
import io.keyplan.site.Audience;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The live preview's benchmark (bench/preview, docs/performance.md): start-up to the first page,
 * then edit-to-ready-page latency for one-file edits, then memory.
 *
 * <p>{@code java -cp ... io.keyplan.bench.PreviewBench CONTENT THEME EDITS [WARMUP] [public]}. Each
 * edit rewrites one account's {@code account.yaml} (round robin over the accounts; the plan's name
 * gets a new suffix, so its page, the front page and the portfolio pages change), then times
 * {@code refresh} of that one file plus fetching the account's page and the front page: what a
 * browser reloading after an edit waits for (the file watcher's own delay is not in it). The first
 * WARMUP edits are timed but not counted. Prints one line of {@code key=value} pairs.
 */
public final class PreviewBench {
    private PreviewBench() {}

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path theme = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Audience audience = args.length > 4 && args[4].equals("public") ? Audience.PUBLIC : Audience.INTERNAL;

        long t0 = System.nanoTime();
        IncrementalPreview preview =
                new IncrementalPreview(content, theme, audience, SyntheticPortfolio.TODAY, "bench");
        fetch(preview, "index.html");
        long startupMs = (System.nanoTime() - t0) / 1_000_000;
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
        if (preview.diagnostics().hasErrors()) {
            throw new IllegalStateException(
                    "the content has errors: " + preview.diagnostics().all());
        }

        List<Path> plans;
        try (Stream<Path> s = Files.list(content.resolve("accounts"))) {
            plans = s.sorted()
                    .map(p -> p.resolve("account.yaml"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        List<Double> times = new ArrayList<>();
        double first = 0;
        long heapWarm = 0;
        for (int i = 0; i < warmup + edits; i++) {
            Path yaml = plans.get(i % plans.size());
            String slug = yaml.getParent().getFileName().toString();
            String text = Files.readString(yaml);
            // name: Acme or name: "Acme": the edit number goes inside the value.
            String edited = text.replaceFirst(
                    "(?m)^name: (\"?)(.*?)( \\(edit \\d+\\))?(\"?)$", "name: $1$2 (edit " + i + ")$4");
            if (edited.equals(text)) {
                throw new IllegalStateException(yaml + " has no 'name:' line to edit");
            }
            Files.writeString(yaml, edited);
            long s = System.nanoTime();
            Preview.Update u = preview.refresh(List.of(yaml));
            fetch(preview, "accounts/" + slug + "/index.html");
            fetch(preview, "index.html");
            double ms = (System.nanoTime() - s) / 1e6;
            if (u.diagnostics().hasErrors()) {
                throw new IllegalStateException(
                        "edit " + i + " broke the content: " + u.diagnostics().all());
            }
            if (i == 0) {
                first = ms;
            }
            if (i == warmup - 1) {
                // Outside the timed part: the live heap once warm, to compare with the end (a leak grows it).
                System.gc();
                heapWarm =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
            if (i >= warmup) {
                times.add(ms);
            }
        }
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        long rss = rssKiB();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        times.sort(null);
        System.out.printf(
                Locale.ROOT,
                "accounts=%d startup_ms=%d jvm_start_to_first_page_ms=%d first_edit_ms=%.1f edits=%d p50_ms=%.1f"
                        + " p95_ms=%.1f max_ms=%.1f cpu_ms_per_edit=%.1f rss_mib=%.0f heap_used_after_gc_mib=%.0f"
                        + " heap_after_warmup_mib=%.0f heap_max_mib=%.0f edits_in_all=%d%n",
                plans.size(),
                startupMs,
                sinceJvmStart,
                first,
                times.size(),
                percentile(times, 50),
                percentile(times, 95),
                times.get(times.size() - 1),
                cpuMs / (warmup + edits),
                rss / 1024.0,
                heap.getUsed() / 1048576.0,
                heapWarm / 1048576.0,
                heap.getMax() / 1048576.0,
                warmup + edits);
        preview.close();
    }

    private static void fetch(Preview preview, String path) {
        if (preview.file(path).isEmpty()) {
            throw new IllegalStateException("the preview has no " + path);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The resident set size of this process (Linux), in KiB; 0 elsewhere. */
    private static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }
}
