package io.keyplan.render;

import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Note;
import io.keyplan.model.Opportunity;
import io.keyplan.model.Page;
import io.keyplan.model.Product;
import io.keyplan.model.SectionId;
import io.keyplan.model.TeamMember;
import io.keyplan.site.Audience;
import io.keyplan.site.SiteLayout;
import io.keyplan.text.Escape;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The search index ({@link SiteLayout#SEARCH_INDEX}): the texts a reader searches for, built from
 * the content an audience sees, and MiniSearch's index of them, written as a script that sets
 * {@code window.keyplanSearch}; the theme's {@code search.js} loads it on first use and gives the
 * index to MiniSearch ({@code loadJS}), which would take the browser far longer to make itself.
 *
 * <p>What is in it: each account's name, why (the section "why" and the overview's "why a key
 * account"), industry, region and owner; its key players (name and title), team members (name and
 * role), products and sales opportunities; each note and free page (title and the start of its
 * text). Only from sections the audience sees ({@link Audience#sections}) and notes only for an
 * audience that sees them ({@link Audience#seesNotes}): given the public content ({@link
 * Audience#released}) it holds what the public site shows and no more. No figure is in it.
 *
 * <p>One document per account (all of the above in one field per kind), and one per note and free
 * page: a thousand plans are some thousand documents, not 27,000, which makes MiniSearch's index
 * a fraction of the size and the browser's work to take it over (docs/performance.md). search.js
 * shows the entries of an account that hold a word MiniSearch matched.
 *
 * <p>Layout (kept small: arrays, not objects, and one-letter kinds): {@code labels} (kind or UI
 * word -> text in the portal's language), {@code anchors} (kind -> section anchor on the
 * account's page), {@code groups} ({@code [name, page]}: the accounts, then the free pages'
 * group), {@code fields} (the indexed fields: the kinds, then {@code b} for a body), {@code docs}
 * ({@code [group, [[kind, entry...]...]]} for an account, {@code [group, [[kind, title]], body,
 * page]} for a note or free page; an entry is its text, or {@code [text, detail]}) and {@code ms}
 * (MiniSearch's index of the docs, {@link #miniSearch}). All of it is one JSON text given to
 * {@code JSON.parse} as a string literal. Every text goes through {@link Escape#script}, and the
 * JSON text through it once more: user text stays data.
 */
public final class SearchIndex {
    /** The global the script sets; {@code search.js} reads it. */
    public static final String GLOBAL = "keyplanSearch";
    /** Longest text of a short field (a why, an opportunity): a result shows it on one or two lines. */
    static final int TEXT_CHARS = 240;
    /** How much of a note's or free page's text is searched: its start, so the index stays small. */
    static final int BODY_CHARS = 1500;

    /** The kinds of document: code in the file, i18n key of its label, section whose anchor a result opens. */
    enum Kind {
        NAME("n", "search.field.name", null),
        WHY("w", "search.field.why", SectionId.WHY),
        WHY_KEY("o", "search.field.why_key", SectionId.OVERVIEW),
        INDUSTRY("i", "search.field.industry", null),
        REGION("r", "search.field.region", null),
        OWNER("m", "search.field.owner", null),
        PLAYER("p", "search.field.player", SectionId.KEY_PLAYERS),
        MEMBER("e", "search.field.member", SectionId.TEAM),
        PRODUCT("d", "search.field.product", SectionId.BUSINESS_REVIEW),
        OPPORTUNITY("y", "search.field.opportunity", SectionId.OPPORTUNITIES),
        NOTE("N", "search.field.note", null),
        PAGE("P", "search.field.page", null);

        final String code;
        final String label;
        final SectionId section;

        Kind(String code, String label, SectionId section) {
            this.code = code;
            this.label = label;
            this.section = section;
        }
    }

    /** The UI words search.js shows besides the field labels: key in the file -> i18n key. */
    static final Map<String, String> WORDS = words();

    private final Markdown markdown;
    private final Messages messages;
    private final PagePlaceholders placeholders;

    SearchIndex(Markdown markdown, Messages messages, PagePlaceholders placeholders) {
        this.markdown = markdown;
        this.messages = messages;
        this.placeholders = placeholders;
    }

    /** One thing a result shows: a person, a product, a text; {@code detail} (a title, a role) may be null. */
    record Entry(String text, String detail) {}

    /**
     * One document: an account's fields (kind -> its entries, in {@link Kind} order), or a note or
     * free page (one {@link Kind#NOTE} or {@link Kind#PAGE} entry, its {@code body} and {@code page}).
     */
    record Doc(int group, Map<Kind, List<Entry>> fields, String body, String page) {}

    /** One group of results: an account, or the free pages. */
    record Group(String name, String page) {}

    /** The script for {@code content} as {@code audience} sees it (the content already released to it). */
    String script(Content content, Audience audience) {
        List<Group> groups = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        collect(content, audience, groups, docs);
        return write(groups, docs);
    }

    /*
     * One document per account, not one per person or product: a thousand plans made 27,000
     * documents, and MiniSearch's per-document bookkeeping (ids, field lengths, postings) was most of
     * the index the browser had to load (docs/performance.md). search.js finds the entries that
     * matched among the account's by the words MiniSearch reports.
     */
    void collect(Content content, Audience audience, List<Group> groups, List<Doc> docs) {
        Set<SectionId> shown = audience.sections(content.portal());
        for (Account a : content.accounts()) {
            AccountPlan p = a.plan();
            int g = groups.size();
            groups.add(new Group(oneLine(p.name()), SiteLayout.accountPage(a.slug())));
            Map<Kind, List<Entry>> fields = new EnumMap<>(Kind.class);
            add(fields, Kind.NAME, oneLine(p.name()), null);
            if (shown.contains(SectionId.WHY) && p.why() != null) {
                add(fields, Kind.WHY, plain(p.why().statement(), TEXT_CHARS), null);
            }
            if (shown.contains(SectionId.OVERVIEW) && p.overview() != null) {
                add(fields, Kind.WHY_KEY, plain(p.overview().whyKey(), TEXT_CHARS), null);
            }
            add(fields, Kind.INDUSTRY, oneLine(p.industry()), null);
            add(fields, Kind.REGION, oneLine(p.region()), null);
            add(fields, Kind.OWNER, p.owner() == null ? null : oneLine(p.owner().name()), null);
            if (shown.contains(SectionId.KEY_PLAYERS)) {
                for (KeyPlayer k : p.keyPlayers()) {
                    add(fields, Kind.PLAYER, oneLine(k.name()), oneLine(k.title()));
                }
            }
            if (shown.contains(SectionId.TEAM) && p.team() != null) {
                for (TeamMember m : p.team().members()) {
                    add(fields, Kind.MEMBER, oneLine(m.name()), oneLine(m.role()));
                }
            }
            if (shown.contains(SectionId.BUSINESS_REVIEW) && p.businessReview() != null) {
                for (Product pr : p.businessReview().products()) {
                    add(fields, Kind.PRODUCT, oneLine(pr.name()), null);
                }
            }
            if (shown.contains(SectionId.OPPORTUNITIES)) {
                for (Opportunity o : p.opportunities()) {
                    add(fields, Kind.OPPORTUNITY, plain(o.description(), TEXT_CHARS), detail(o));
                }
            }
            docs.add(new Doc(g, fields, null, null));
            if (audience.seesNotes()) {
                for (Note n : a.notes()) {
                    String title = n.title() == null || n.title().isBlank() ? n.name() : n.title();
                    docs.add(new Doc(
                            g,
                            Map.of(Kind.NOTE, List.of(new Entry(oneLine(title), null))),
                            plain(n.markdown(), BODY_CHARS),
                            SiteLayout.notePage(a.slug(), n.name())));
                }
            }
        }
        if (!content.pages().isEmpty()) {
            int g = groups.size();
            groups.add(new Group(messages.get("search.group.pages"), null));
            for (Page pg : content.pages()) {
                String title = pg.title() == null || pg.title().isBlank() ? pg.name() : pg.title();
                docs.add(new Doc(
                        g,
                        Map.of(Kind.PAGE, List.of(new Entry(oneLine(title), null))),
                        plain(placeholders.expand(pg).markdown(), BODY_CHARS),
                        SiteLayout.freePage(pg.name())));
            }
        }
    }

    private static void add(Map<Kind, List<Entry>> fields, Kind kind, String text, String detail) {
        if (text != null && !text.isEmpty()) {
            fields.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Entry(text, detail));
        }
    }

    /** An opportunity's product and department, the words a reader may remember it by. */
    private static String detail(Opportunity o) {
        String product = oneLine(o.product());
        String department = oneLine(o.department());
        if (product == null) {
            return department;
        }
        return department == null ? product : product + ", " + department;
    }

    private String write(List<Group> groups, List<Doc> docs) {
        StringBuilder b = new StringBuilder(64 * docs.size() + 1024);
        b.append("{\"labels\":{");
        boolean first = true;
        Map<String, String> labels = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            labels.put(k.code, messages.get(k.label));
        }
        WORDS.forEach((key, i18n) -> labels.put(key, messages.get(i18n)));
        for (Map.Entry<String, String> e : labels.entrySet()) {
            b.append(first ? "" : ",")
                    .append(Escape.script(e.getKey()))
                    .append(':')
                    .append(Escape.script(e.getValue()));
            first = false;
        }
        b.append("},\"anchors\":{");
        first = true;
        for (Kind k : Kind.values()) {
            if (k.section != null) {
                b.append(first ? "" : ",")
                        .append(Escape.script(k.code))
                        .append(':')
                        .append(Escape.script(SiteLayout.sectionAnchor(k.section)));
                first = false;
            }
        }
        b.append("},\"groups\":[");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            b.append(i == 0 ? "[" : ",[").append(Escape.script(g.name()));
            if (g.page() != null) {
                b.append(',').append(Escape.script(g.page()));
            }
            b.append(']');
        }
        b.append("],\"fields\":[");
        for (int f = 0; f < FIELDS.size(); f++) {
            b.append(f == 0 ? "" : ",").append(Escape.script(FIELDS.get(f)));
        }
        b.append("],\"docs\":[");
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            b.append(i == 0 ? "[" : ",[").append(d.group()).append(",[");
            boolean firstField = true;
            for (Map.Entry<Kind, List<Entry>> field : d.fields().entrySet()) {
                b.append(firstField ? "[" : ",[").append(Escape.script(field.getKey().code));
                firstField = false;
                for (Entry e : field.getValue()) {
                    b.append(',');
                    if (e.detail() == null) {
                        b.append(Escape.script(e.text()));
                    } else {
                        b.append('[').append(Escape.script(e.text())).append(',');
                        b.append(Escape.script(e.detail())).append(']');
                    }
                }
                b.append(']');
            }
            b.append(']');
            if (d.page() != null) {
                b.append(',').append(Escape.script(nz(d.body()))).append(',').append(Escape.script(d.page()));
            }
            b.append(']');
        }
        b.append("],\"ms\":");
        miniSearch(docs, b);
        b.append('}');
        // JSON.parse of a string, not an object literal: a browser parses JSON several times faster.
        return "/* KeyPlan search index, generated by the build: the texts the search box looks in. */\n" + "window."
                + GLOBAL + "=JSON.parse(" + Escape.script(b.toString()) + ");\n";
    }

    /** The document fields MiniSearch indexes, in its field-id order: one per kind, then a note's or page's body. */
    static final List<String> FIELDS = fields();

    private static List<String> fields() {
        List<String> f = new ArrayList<>();
        for (Kind k : Kind.values()) {
            f.add(k.code);
        }
        f.add("b");
        return List.copyOf(f);
    }

    /**
     * What MiniSearch indexes in field {@code f} of {@code d}: the kind's entries, each text and
     * detail on a line of its own (search.js and SearchBrowserTest join them the same way), or the
     * body; empty when the document has none.
     */
    static String fieldText(Doc d, int f) {
        if (f == Kind.values().length) {
            return nz(d.body());
        }
        List<Entry> entries = d.fields().get(Kind.values()[f]);
        if (entries == null) {
            return "";
        }
        StringBuilder t = new StringBuilder();
        for (Entry e : entries) {
            t.append(t.isEmpty() ? "" : "\n").append(e.text());
            if (e.detail() != null) {
                t.append('\n').append(e.detail());
            }
        }
        return t.toString();
    }

    /** MiniSearch's default tokenizer: runs of line breaks, separators and punctuation split words. */
    private static final Pattern SPLIT = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");

    private static final Pattern COMBINING = Pattern.compile("[\\u0300-\\u036f]");

    /**
     * A word as search.js folds it (its {@code fold}: NFD, combining accents removed, lower case,
     * "ß" as "ss"), so that the words indexed here are the words a query is looked up as.
     */
    static String fold(String word) {
        if (ascii(word)) {
            // Decomposing and removing accents change nothing in ASCII, and it has no "ß": most words of a plan.
            return word.toLowerCase(Locale.ROOT);
        }
        String s = COMBINING
                .matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
                .replaceAll("");
        return s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The documents' MiniSearch index, in the form of its {@code toJSON()} (serialization version
     * 2), which search.js gives to {@code MiniSearch.loadJS}: made here, at build time, because
     * loading it takes the browser a fraction of the time of indexing the documents itself (see
     * docs/performance.md). Built as MiniSearch's {@code add} builds it: each field split by the
     * default tokenizer, its length the number of distinct words, each word folded and counted.
     */
    static void miniSearch(List<Doc> docs, StringBuilder b) {
        int n = docs.size();
        // By term in a hash map, sorted once when written: the same order as a TreeMap's, without comparing
        // each word with a dozen others on the way in. A word is folded once per build, not per occurrence.
        Map<String, TreeMap<Integer, TreeMap<Integer, Integer>>> index = new HashMap<>();
        Map<String, String> folded = new HashMap<>();
        int[][] lengths = new int[n][FIELDS.size()];
        double[] totals = new double[FIELDS.size()];
        for (int i = 0; i < n; i++) {
            Doc d = docs.get(i);
            for (int f = 0; f < FIELDS.size(); f++) {
                String[] words = SPLIT.split(fieldText(d, f), -1);
                lengths[i][f] = new HashSet<>(Arrays.asList(words)).size();
                totals[f] += lengths[i][f];
                for (String w : words) {
                    String term = folded.computeIfAbsent(w, SearchIndex::fold);
                    if (!term.isEmpty()) {
                        index.computeIfAbsent(term, k -> new TreeMap<>())
                                .computeIfAbsent(f, k -> new TreeMap<>())
                                .merge(i, 1, Integer::sum);
                    }
                }
            }
        }
        b.append("{\"documentCount\":").append(n).append(",\"nextId\":").append(n);
        b.append(",\"documentIds\":{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(i).append("\":").append(i);
        }
        b.append("},\"fieldIds\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            b.append(f == 0 ? "" : ",")
                    .append(Escape.script(FIELDS.get(f)))
                    .append(':')
                    .append(f);
        }
        b.append("},\"fieldLength\":{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(i).append("\":[");
            for (int f = 0; f < FIELDS.size(); f++) {
                b.append(f == 0 ? "" : ",").append(lengths[i][f]);
            }
            b.append(']');
        }
        b.append("},\"averageFieldLength\":[");
        for (int f = 0; f < FIELDS.size(); f++) {
            b.append(f == 0 ? "" : ",").append(n == 0 ? 0 : totals[f] / n);
        }
        b.append("],\"storedFields\":{},\"dirtCount\":0,\"index\":[");
        boolean first = true;
        List<Map.Entry<String, TreeMap<Integer, TreeMap<Integer, Integer>>>> terms = new ArrayList<>(index.entrySet());
        terms.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, TreeMap<Integer, TreeMap<Integer, Integer>>> term : terms) {
            b.append(first ? "\n[" : ",\n[")
                    .append(Escape.script(term.getKey()))
                    .append(",{");
            first = false;
            boolean firstField = true;
            for (Map.Entry<Integer, TreeMap<Integer, Integer>> field :
                    term.getValue().entrySet()) {
                b.append(firstField ? "" : ",")
                        .append('"')
                        .append(field.getKey())
                        .append("\":{");
                firstField = false;
                boolean firstDoc = true;
                for (Map.Entry<Integer, Integer> doc : field.getValue().entrySet()) {
                    b.append(firstDoc ? "" : ",")
                            .append('"')
                            .append(doc.getKey())
                            .append("\":")
                            .append(doc.getValue());
                    firstDoc = false;
                }
                b.append('}');
            }
            b.append("}]");
        }
        b.append("],\"serializationVersion\":2}");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A one-line field as a reader sees it: white space runs as one space; null when blank. */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** Markdown as plain text on one line, markup stripped, cut at a word before {@code max} characters. */
    String plain(String markdown, int max) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return cut(oneLine(this.markdown.plainText(markdown)), max);
    }

    /** {@code s} cut to at most {@code max} characters, at a space when there is one in its second half, with "…". */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        int space = s.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        return s.substring(0, end).strip() + "…";
    }

    private static Map<String, String> words() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("noResults", "search.noResults");
        w.put("results", "search.results");
        return java.util.Collections.unmodifiableMap(w);
    }
}
