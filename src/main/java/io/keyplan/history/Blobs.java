package io.keyplan.history;

import io.keyplan.load.Snapshots;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.SectionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * What each version of a plan file says, read once per blob however many commits hold it: the
 * section fingerprints of an {@code account.yaml}, the fingerprint of a narrative. A new version of
 * {@code account.yaml} is parsed section by section ({@link PlanText}) and only the sections whose
 * text is new are parsed: a commit changes one or two. Fingerprints are small and kept for the
 * whole walk; parsed versions (needed again for the completeness after a commit that only touched
 * a narrative) and parsed section texts are kept only for the most recent ones, so that memory
 * stays flat however long the history is. Safe for the walk's threads.
 */
final class Blobs {
    /** A version of {@code account.yaml} that does not parse. */
    static final long[] UNREADABLE = new long[0];

    /** A narrative version's fingerprint; {@code blank} also for an absent file. */
    record Text(boolean readable, boolean blank, long print) {
        static final Text ABSENT = new Text(true, true, SectionPrints.narrative(""));
        static final Text UNREADABLE = new Text(false, true, 0);
    }

    /**
     * One version of {@code account.yaml} as the sections see it: for each section a plan that
     * holds its values (parsed from the section's text alone, or the whole file's plan).
     */
    record Version(AccountPlan[] parts, long[] prints) {
        AccountPlan part(SectionId id) {
            return parts[id.ordinal()];
        }
    }

    /** A section's text parsed on its own, with its fingerprint. */
    private record Part(AccountPlan plan, long print) {}

    private static final int VERSIONS_KEPT = 512;
    private static final int PARTS_KEPT = 16_384;
    /** Larger files are not read (the loader refuses them too). */
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final AccountPlan EMPTY = SectionPrints.emptyPlan();

    private final Map<ObjectId, long[]> yaml = new ConcurrentHashMap<>();
    private final Map<ObjectId, Text> texts = new ConcurrentHashMap<>();
    private final Map<ObjectId, Version> versions = lru(VERSIONS_KEPT);
    /** Section text -> its parse. */
    private final Map<String, Part> parts = lru(PARTS_KEPT);

    private static <K, V> Map<K, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<K, V>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The section fingerprints of an {@code account.yaml} version; {@link #UNREADABLE} when it does not parse. */
    long[] prints(ObjectId blob, ObjectReader reader) throws IOException {
        long[] p = yaml.get(blob);
        if (p == null) {
            Version v = version(blob, reader);
            p = v == null ? UNREADABLE : prints(v);
            yaml.put(blob.copy(), p);
        }
        return p;
    }

    /** The section fingerprints of {@code account.yaml} bytes (a file in the working tree). */
    long[] prints(byte[] bytes) {
        Version v = version(bytes);
        return v == null ? UNREADABLE : prints(v);
    }

    /** The version of an {@code account.yaml} blob; null when it does not parse. */
    Version version(ObjectId blob, ObjectReader reader) throws IOException {
        Version v = versions.get(blob);
        if (v != null || yaml.get(blob) == UNREADABLE) {
            return v;
        }
        byte[] bytes = bytes(blob, reader);
        v = bytes == null ? null : version(bytes);
        if (v != null) {
            versions.put(blob.copy(), v);
        }
        return v;
    }

    /** The version in {@code bytes}: section by section where the layout allows, else the whole file. */
    Version version(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        PlanText.Cut cut = text.indexOf('\uFFFD') >= 0 ? null : PlanText.cut(text);
        if (cut == null) {
            return whole(bytes);
        }
        if (!cut.rest().isBlank() && part(cut.rest(), null) == null) {
            return whole(bytes); // a header that does not parse: the whole file decides (and will not parse)
        }
        Map<SectionId, String> sections = cut.sections();
        AccountPlan[] out = new AccountPlan[SectionId.values().length];
        long[] prints = new long[out.length];
        for (SectionId id : SectionId.values()) {
            String part = sections.get(id);
            if (part == null) {
                out[id.ordinal()] = EMPTY;
                prints[id.ordinal()] = SectionPrints.absent()[id.ordinal()];
                continue;
            }
            Part p = part(part, id);
            if (p == null) {
                // A syntax error, or a part that needs another (YAML would allow that, KeyPlan does not): the whole
                // file decides.
                return whole(bytes);
            }
            out[id.ordinal()] = p.plan();
            prints[id.ordinal()] = p.print();
        }
        return new Version(out, prints);
    }

    /** The parse of one part's text ({@code id} null for the rest of the file); null when it does not parse alone. */
    private Part part(String text, SectionId id) {
        Part p = parts.get(text);
        if (p == null) {
            AccountPlan plan = Snapshots.plan(text, "account.yaml");
            if (plan == null) {
                return null;
            }
            p = new Part(plan, id == null ? 0 : SectionPrints.print(id, plan));
            parts.put(text, p);
        }
        return p;
    }

    private static Version whole(byte[] bytes) {
        AccountPlan plan = Snapshots.plan(bytes, "account.yaml");
        if (plan == null) {
            return null;
        }
        AccountPlan[] out = new AccountPlan[SectionId.values().length];
        Arrays.fill(out, plan);
        return new Version(out, SectionPrints.of(plan));
    }

    private static long[] prints(Version v) {
        return v.prints();
    }

    /** A narrative version's fingerprint. */
    Text text(ObjectId blob, ObjectReader reader) throws IOException {
        Text t = texts.get(blob);
        if (t == null) {
            byte[] bytes = bytes(blob, reader);
            t = bytes == null ? Text.UNREADABLE : text(bytes);
            texts.put(blob.copy(), t);
        }
        return t;
    }

    /** The fingerprint of narrative bytes (also those of a file in the working tree). */
    static Text text(byte[] bytes) {
        String body = Snapshots.narrative(bytes, "narrative.md");
        if (body == null) {
            return Text.UNREADABLE;
        }
        return new Text(true, body.isBlank(), SectionPrints.narrative(body));
    }

    private static byte[] bytes(ObjectId blob, ObjectReader reader) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BYTES) {
            return null;
        }
        return loader.getCachedBytes((int) MAX_BYTES);
    }
}
