package io.keyplan.history;

import io.keyplan.analyse.Completeness;
import io.keyplan.analyse.SectionCompleteness;
import io.keyplan.load.BoundPlans;
import io.keyplan.load.Snapshots;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * What each version of a plan file says, read once per blob however many commits hold it: the
 * section fingerprints of an {@code account.yaml} and each section's completeness checks, the
 * fingerprint of a narrative. A new version of {@code account.yaml} is parsed section by section
 * ({@link PlanText}) and only the sections whose text is new are parsed: a commit changes one or two.
 *
 * <p>Every version is kept for the whole walk, but small: its fingerprints and, per section, the
 * checks with and without a narrative (computed once per section text). Only the sections whose
 * checks read the date ({@link Completeness#readsDate}) keep their parsed values, which the plan's
 * completeness after each commit needs with that commit's date. A version read whole (its layout
 * is not plain) keeps no values: they are parsed again when needed, from a small cache of the most
 * recent whole plans, so that memory grows with the sections' texts and not with the plans' size.
 *
 * <p>A version whose bytes the loader bound beside the history ({@link BoundPlans}: nearly always the
 * newest version of every plan, the file in the working tree) is not parsed again: its sections' parts
 * are made from the loader's plan, as {@link #wholeOnce} makes them from one parse of the whole file.
 * Safe for the walk's threads.
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
     * One version of {@code account.yaml} as the history needs it.
     *
     * @param parts per section, its fingerprint and checks (and its values where the checks read the date)
     * @param whole whether it was read whole: the dated sections' values must be parsed again
     */
    record Version(Part[] parts, long[] prints, boolean whole) {
        Part part(SectionId id) {
            return parts[id.ordinal()];
        }
    }

    /**
     * One section of a version: its fingerprint, its checks without and with a narrative, and its
     * values (a plan that holds them) only when its checks read the date.
     */
    record Part(AccountPlan plan, long print, SectionCompleteness bare, SectionCompleteness narrated) {
        SectionCompleteness checks(boolean narrative) {
            return narrative ? narrated : bare;
        }
    }

    private static final int WHOLE_KEPT = 256;
    private static final int PARTS_KEPT = 16_384;
    /** Larger files are not read (the loader refuses them too). */
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final AccountPlan EMPTY = SectionPrints.emptyPlan();
    /** Any portal: the checks that are kept read neither the date nor the portal's settings. */
    private static final Portal ANY_PORTAL = Portal.of(null, 2000);

    private static final LocalDate ANY_DATE = LocalDate.of(2000, 1, 1);
    /** What a section absent from a cut file holds. */
    private static final Part[] ABSENT_PARTS = new Part[SectionId.values().length];

    static {
        for (SectionId id : SectionId.values()) {
            ABSENT_PARTS[id.ordinal()] = part(id, EMPTY);
        }
    }

    /** The part of a file's header (the keys of no section): it only says that the header parses. */
    private static final Part HEADER = new Part(null, 0, null, null);

    /** Sentinel in {@link #versions} for a version that does not parse. */
    private static final Version NONE = new Version(new Part[0], UNREADABLE, true);

    private final Map<ObjectId, Version> versions = new ConcurrentHashMap<>();
    private final Map<ObjectId, Text> texts = new ConcurrentHashMap<>();
    /** Whole plans of versions not cut into sections, for their dated sections. */
    private final Map<ObjectId, AccountPlan> wholePlans = lru(WHOLE_KEPT);
    /** Section text -> its part ({@code null} key section: the header, whose part only says it parses). */
    private final Map<String, Part> parts = lru(PARTS_KEPT);

    /** The plans the loader bound beside the history. */
    private final BoundPlans bound;
    /** {@link #bound}'s plans by the blob id of their bytes, taken out when used; null until first asked. */
    private volatile Map<ObjectId, BoundPlans.Bound> loaded;

    /** Blobs that parse every version themselves. */
    Blobs() {
        this(BoundPlans.none());
    }

    /** Blobs that take a version's plan from {@code bound} when the loader bound exactly its bytes. */
    Blobs(BoundPlans bound) {
        this.bound = bound;
    }

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
        Version v = version(blob, reader);
        return v == null ? UNREADABLE : v.prints();
    }

    /** The section fingerprints of {@code account.yaml} bytes (a file in the working tree). */
    long[] prints(byte[] bytes) {
        Version v = version(bytes);
        return v == null ? UNREADABLE : v.prints();
    }

    /** The version of an {@code account.yaml} blob; null when it does not parse. */
    Version version(ObjectId blob, ObjectReader reader) throws IOException {
        Version v = versions.get(blob);
        if (v == null) {
            BoundPlans.Bound b = loaded(blob);
            if (b != null) {
                v = b.bytes().length > MAX_BYTES ? null : versionLoaded(b.bytes(), b.plan());
            } else {
                byte[] bytes = bytes(blob, reader);
                v = bytes == null ? null : version(bytes);
            }
            versions.put(blob.copy(), v == null ? NONE : v);
            return v;
        }
        return v == NONE ? null : v;
    }

    /**
     * The plan's completeness in % as shown (spec 6.1) for the version in {@code blob}, with the
     * narratives that have text, measured on {@code date} against {@code portal}; null when the
     * version does not parse. Equal to {@link Completeness#ofParts} of the version's sections.
     */
    Double completeness(ObjectId blob, Set<SectionId> narratives, Portal portal, LocalDate date, ObjectReader reader)
            throws IOException {
        Version v = version(blob, reader);
        if (v == null) {
            return null;
        }
        AccountPlan whole = v.whole() ? wholePlan(blob, reader) : null;
        return v.whole() && whole == null ? null : completeness(v, narratives, portal, date, whole);
    }

    /**
     * {@link #completeness(ObjectId, Set, Portal, LocalDate, ObjectReader)} of a version; {@code
     * whole} is the whole file's plan for a version read whole (its dated sections' values).
     */
    static double completeness(Version v, Set<SectionId> narratives, Portal portal, LocalDate date, AccountPlan whole) {
        List<SectionCompleteness> sections = new ArrayList<>(SectionId.values().length);
        for (SectionId id : SectionId.values()) {
            Part p = v.part(id);
            if (!Completeness.readsDate(id)) {
                sections.add(p.checks(narratives.contains(id)));
                continue;
            }
            AccountPlan plan = p.plan() != null ? p.plan() : whole;
            sections.add(Completeness.section(id, account(plan, id, narratives.contains(id)), portal, date));
        }
        return new Completeness(sections).shownPercent();
    }

    private AccountPlan wholePlan(ObjectId blob, ObjectReader reader) throws IOException {
        AccountPlan plan = wholePlans.get(blob);
        if (plan == null) {
            byte[] bytes = bytes(blob, reader);
            plan = bytes == null ? null : Snapshots.plan(bytes, "account.yaml");
            if (plan != null) {
                wholePlans.put(blob.copy(), plan);
            }
        }
        return plan;
    }

    /**
     * The loader's plan for {@code blob}; null when the loader bound no such bytes. (The version made of
     * it is kept, so it is asked for about once.) The first call waits until the load is over: the
     * newest versions, read first, are nearly all the loader's, and while the history waits the load
     * has both cores.
     */
    private BoundPlans.Bound loaded(ObjectId blob) {
        Map<ObjectId, BoundPlans.Bound> m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = new ConcurrentHashMap<>();
                    try {
                        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
                        for (BoundPlans.Bound b : bound.await()) {
                            m.put(hasher.idFor(Constants.OBJ_BLOB, b.bytes()), b);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // read on without the loader's plans
                        m.clear();
                    }
                    loaded = m;
                }
            }
        }
        return m.get(blob);
    }

    /**
     * The version in {@code bytes}, which the loader bound into {@code plan}: from that plan where
     * {@link #wholeOnce} would give the same parts from its own parse of the file (the loader parsed
     * exactly the text it parses: the bytes decoded, without a byte-order mark, ending in a line
     * break), else as {@link #version(byte[])} reads it.
     */
    Version versionLoaded(byte[] bytes, AccountPlan plan) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        PlanText.Cut cut = cutOf(text);
        Part[] known = cut == null ? null : known(cut);
        if (cut != null && (text.isEmpty() || text.endsWith("\n"))) {
            Version v = wholeOnce(text, cut, known, plan);
            if (v != null) {
                return v;
            }
        }
        return version(bytes, text, cut, known);
    }

    /** The version in {@code bytes}: section by section where the layout allows, else the whole file. */
    Version version(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        PlanText.Cut cut = cutOf(text);
        return version(bytes, text, cut, cut == null ? null : known(cut));
    }

    /** {@link #version(byte[])} of bytes already decoded into {@code text}, cut, and their parts looked up. */
    private Version version(byte[] bytes, String text, PlanText.Cut cut, Part[] known) {
        if (cut == null) {
            return whole(bytes);
        }
        if (mostlyNew(cut, known)) {
            Version v = wholeOnce(text, cut, known, null);
            if (v != null) {
                return v;
            }
        }
        return byParts(bytes, cut, known);
    }

    /** {@link #version(byte[])} section by section only, never with one parse of the whole file (for tests). */
    Version versionByParts(byte[] bytes) {
        PlanText.Cut cut = cutOf(new String(bytes, StandardCharsets.UTF_8));
        return cut == null ? whole(bytes) : byParts(bytes, cut, known(cut));
    }

    /**
     * {@link #version(byte[])} with one parse of the whole file whatever is known already (for tests);
     * null where that path does not apply (the layout is not cut, or {@link #wholeOnce} declines).
     */
    Version versionWholeOnce(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        PlanText.Cut cut = cutOf(text);
        return cut == null ? null : wholeOnce(text, cut, known(cut), null);
    }

    /** The decoded file cut into its sections; null when it is not valid UTF-8 or its layout is not plain. */
    private static PlanText.Cut cutOf(String text) {
        return text.indexOf('\uFFFD') >= 0 ? null : PlanText.cut(text);
    }

    /**
     * Whether most of the sections' texts of {@code cut} have no part in {@code known} yet (the first version
     * of a plan, about four fifths of all section parses by the benchmark's mix of edits): then one
     * parse of the whole file costs less than one per section.
     */
    private static boolean mostlyNew(PlanText.Cut cut, Part[] known) {
        Map<SectionId, String> sections = cut.sections();
        int unknown = 0;
        for (SectionId id : sections.keySet()) {
            if (known[id.ordinal()] == null) {
                unknown++;
            }
        }
        return sections.size() >= 4 && unknown * 4 >= sections.size() * 3;
    }

    /**
     * The parts already known of each section's text in {@code cut} (null where its text is new or
     * absent): looked up once per version, since a lookup hashes and compares the whole text.
     */
    private Part[] known(PlanText.Cut cut) {
        Part[] out = new Part[SectionId.values().length];
        cut.sections().forEach((id, text) -> out[id.ordinal()] = parts.get(text));
        return out;
    }

    /**
     * The version of {@code text}, cut as {@code cut}, from one parse of the whole file instead of one
     * per section; null when it must be read section by section ({@link #byParts}), whose result this
     * equals exactly (BlobsTest compares the two on random edits). Why one parse gives each section's
     * part exactly:
     *
     * <ul>
     *   <li>A section's fingerprint and checks read that section's part of the plan alone
     *       ({@link PlanParts#of}, {@code Checklists.of} through {@link PlanParts#read}), never another
     *       section's, the header or the file's positions (fingerprints leave every {@link
     *       io.keyplan.model.Origin} out; checks yield pass or fail).
     *   <li>The binder binds each top-level key on its own: the value of one key never depends on the
     *       text of another ({@code Binder.record} converts each entry by its own node; the only other
     *       state, a missing required key or a duplicate, marks the top-level {@code Origin}, which
     *       neither reads). {@code AccountPlan} has no compact constructor that could refuse a
     *       combination.
     *   <li>The YAML sees the same lines for each key: {@link PlanText#cut} starts a section at a key in
     *       the first column and gives it every line up to the next such key; YAML ends a top-level
     *       value at the same line (a value, a block text or a quoted text goes on indented). So the
     *       text is parsed as the parts see it: without a byte-order mark, with a line break after the
     *       last line (a block text at the end of a file without one would otherwise lose its final
     *       line break), and not at all when YAML would break lines where the cut does not (a carriage
     *       return alone, NEL, LS, PS). Lines before the first key are comments or blank.
     *   <li>Anchors and aliases: the reader refuses every alias, so a text with one does not parse,
     *       whole or in parts; an anchor alone changes no value. A duplicate key keeps its first value
     *       in both (the part holds every occurrence of its key, in order).
     *   <li>A whole file that does not parse gives null here, and {@link #byParts} decides as before.
     *       The two dated sections keep their values for later ({@link Part#plan}); they are parsed as
     *       their own part, as {@link #byParts} does, so what is kept is the same (and small). From
     *       the loader's plan ({@code given}) they keep that plan instead: the build holds it anyway,
     *       and the checks of a dated section read that section alone, whichever plan holds it.
     * </ul>
     *
     * @param given the plan the loader bound from exactly the text this would parse, or null to parse it
     */
    private Version wholeOnce(String text, PlanText.Cut cut, Part[] known, AccountPlan given) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return null;
            }
        }
        AccountPlan plan = given != null ? given : Snapshots.plan(parseable(text.substring(start)), "account.yaml");
        if (plan == null) {
            return null;
        }
        Map<SectionId, String> sections = cut.sections();
        Part[] out = new Part[SectionId.values().length];
        long[] prints = new long[out.length];
        for (SectionId id : SectionId.values()) {
            String part = sections.get(id);
            Part p;
            if (part == null) {
                p = ABSENT_PARTS[id.ordinal()];
            } else if (Completeness.readsDate(id) && given == null) {
                p = known[id.ordinal()] != null ? known[id.ordinal()] : part(part, id);
                if (p == null) {
                    return null;
                }
            } else {
                p = known[id.ordinal()];
                if (p == null) {
                    p = part(id, plan);
                    parts.put(part, p);
                }
            }
            out[id.ordinal()] = p;
            prints[id.ordinal()] = p.print();
        }
        if (!cut.rest().isBlank()) {
            // What the part-by-part path would keep for the header: that it parses.
            parts.putIfAbsent(cut.rest(), HEADER);
        }
        return new Version(out, prints, false);
    }

    /** The text as the reader parses a whole file: ending in a line break. */
    private static String parseable(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** The version read section by section, or whole when a part does not parse alone. */
    private Version byParts(byte[] bytes, PlanText.Cut cut, Part[] known) {
        if (!cut.rest().isBlank() && part(cut.rest(), null) == null) {
            return whole(bytes); // a header that does not parse: the whole file decides (and will not parse)
        }
        Map<SectionId, String> sections = cut.sections();
        Part[] out = new Part[SectionId.values().length];
        long[] prints = new long[out.length];
        for (SectionId id : SectionId.values()) {
            String part = sections.get(id);
            Part p = part == null
                    ? ABSENT_PARTS[id.ordinal()]
                    : known[id.ordinal()] != null ? known[id.ordinal()] : part(part, id);
            if (p == null) {
                // A syntax error, or a part that needs another (YAML would allow that, KeyPlan does not): the whole
                // file decides.
                return whole(bytes);
            }
            out[id.ordinal()] = p;
            prints[id.ordinal()] = p.print();
        }
        return new Version(out, prints, false);
    }

    /** The part of one section's text ({@code id} null for the rest of the file); null when it does not parse alone. */
    private Part part(String text, SectionId id) {
        Part p = parts.get(text);
        if (p == null) {
            AccountPlan plan = Snapshots.plan(text, "account.yaml");
            if (plan == null) {
                return null;
            }
            p = id == null ? HEADER : part(id, plan);
            parts.put(text, p);
        }
        return p;
    }

    /** The part of section {@code id} of {@code plan}, which holds its values. */
    private static Part part(SectionId id, AccountPlan plan) {
        return new Part(
                Completeness.readsDate(id) ? plan : null,
                SectionPrints.print(id, plan),
                checks(id, plan, false),
                checks(id, plan, true));
    }

    private static SectionCompleteness checks(SectionId id, AccountPlan plan, boolean narrative) {
        return Completeness.section(id, account(plan, id, narrative), ANY_PORTAL, ANY_DATE);
    }

    private static Account account(AccountPlan plan, SectionId id, boolean narrative) {
        // Checks ask only whether the section's narrative has text, not what it says.
        Map<SectionId, Narrative> narratives =
                narrative ? Map.of(id, new Narrative(id, "text", SourceSpan.file(id.code() + ".md"))) : Map.of();
        return new Account("x", plan, narratives, List.of(), List.of(), SourceSpan.file("account.yaml"));
    }

    private Version whole(byte[] bytes) {
        AccountPlan plan = Snapshots.plan(bytes, "account.yaml");
        if (plan == null) {
            return null;
        }
        Part[] out = new Part[SectionId.values().length];
        for (SectionId id : SectionId.values()) {
            Part p = part(id, plan);
            out[id.ordinal()] = new Part(null, p.print(), p.bare(), p.narrated());
        }
        long[] prints = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            prints[i] = out[i].print();
        }
        return new Version(out, prints, true);
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
