package io.keyplan.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The build that owns a staging folder or a swap journal: written into them so that the next
 * build can tell a leftover of a stopped build from the work of one that is still running.
 *
 * <p>A leftover is abandoned when its process is provably gone (same machine, and no process with
 * that id and start time) or when it is older than {@link #STALE}. A build on another machine that
 * writes to the same file share is never provably gone, so only age counts there.
 */
record Owner(long pid, long startMillis, String host, long createdMillis) {
    /** Longer than any real build; after that a leftover is swept whoever made it. */
    static final Duration STALE = Duration.ofHours(1);

    static Owner current(Instant now) {
        ProcessHandle me = ProcessHandle.current();
        return new Owner(
                me.pid(),
                me.info().startInstant().map(Instant::toEpochMilli).orElse(-1L),
                thisHost(),
                now.toEpochMilli());
    }

    String text() {
        return "This build of KeyPlan is still running, or was stopped.\npid=" + pid + "\nstart=" + startMillis
                + "\nhost=" + host + "\ncreated=" + createdMillis + "\n";
    }

    /** The owner written in {@code file}; empty when the file is missing or not one KeyPlan wrote. */
    static Optional<Owner> read(Path file) {
        try {
            if (Files.size(file) > 4096) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return Optional.of(new Owner(
                    Long.parseLong(fields.get("pid")),
                    Long.parseLong(fields.get("start")),
                    fields.getOrDefault("host", ""),
                    Long.parseLong(fields.get("created"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when the build that wrote this can no longer be at work. */
    boolean abandoned(Instant now) {
        if (now.toEpochMilli() - createdMillis > STALE.toMillis()) {
            return true;
        }
        if (host.isEmpty() || !host.equals(thisHost())) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // The same id, started at another time: the id was given to a new process.
        Optional<Instant> started = process.get().info().startInstant();
        return startMillis >= 0 && started.isPresent() && Math.abs(started.get().toEpochMilli() - startMillis) > 1000;
    }

    /** True when this is the process that runs this code (same machine, id and start). */
    boolean isThisProcess() {
        Owner me = current(Instant.now());
        return pid == me.pid && startMillis == me.startMillis && host.equals(me.host);
    }

    /** This machine's name, without asking the network (a badly set up name service can take seconds). */
    static String thisHost() {
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String name =
                        Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | RuntimeException ignored) {
                // not Linux, or not readable: try the next source
            }
        }
        String name = System.getenv("COMPUTERNAME");
        return name == null ? "" : name.strip();
    }
}
