package io.keyplan.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the found names out of a source text so that the Markdown around them still reads well.
 * The words of one name that stand together (only spaces, invisible characters, commas, dots,
 * hyphens or apostrophes between them) become one {@code [name withheld]}; a word of the name
 * that markup separates from the first ({@code Hendrik **Zwartkop**}, {@code [Hendrik](x)
 * Zwartkop}) is deleted, together with emphasis or a link left empty by that. A cut that would
 * end inside a link or an emphasis grows to take all of it. In an address (a link destination,
 * or a run of text with {@code ://}, {@code @} or {@code www.}) the marker is
 * {@code name-withheld}, which keeps the address an address.
 *
 * <p>This only makes the result tidy; whether any name is left is checked again on the result.
 */
final class Cuts {
    static final String IN_ADDRESS = "name-withheld";
    /** A cut may grow to this many times its length (plus a little) to take whole markup; no more. */
    private static final int MAX_GROWTH = 4;

    private static final int ADDRESS_LOOKAROUND = 256;

    private final String src;
    private final Markup markup;
    private final List<long[]> cuts = new ArrayList<>(); // start, end, first word of a name (1/0)
    /** What {@link #apply} took out of the source, in order: start, end. */
    private final List<int[]> taken = new ArrayList<>();

    Cuts(String src, Markup markup) {
        this.src = src;
        this.markup = markup;
    }

    boolean isEmpty() {
        return cuts.isEmpty();
    }

    /** One found name: the spans of its words. */
    void add(int[] starts, int[] ends) {
        for (int i = 0; i < starts.length; i++) {
            cuts.add(new long[] {starts[i], ends[i], i == 0 ? 1 : 0});
        }
    }

    String apply(String replacement) {
        List<long[]> merged = merge(grow(sorted()));
        List<long[]> groups = group(merged);
        StringBuilder out = new StringBuilder(src.length());
        int at = 0;
        for (int g = 0; g < groups.size(); g++) {
            long[] c = groups.get(g);
            int a = (int) c[0];
            int b = (int) c[1];
            if (c[2] == 0) {
                int limit = g + 1 < groups.size() ? (int) groups.get(g + 1)[0] : src.length();
                int[] tidy = tidyDelete(a, b, at, limit);
                a = tidy[0];
                b = tidy[1];
            }
            out.append(src, at, a);
            taken.add(new int[] {a, b});
            if (c[2] == 1) {
                out.append(inAddress(a, b) ? IN_ADDRESS : replacement);
            }
            at = b;
        }
        out.append(src, at, src.length());
        return out.toString();
    }

    /** The source ranges {@link #apply} took out, in order. */
    List<int[]> taken() {
        return taken;
    }

    private List<long[]> sorted() {
        List<long[]> list = new ArrayList<>(cuts);
        list.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(y[1], x[1]));
        return list;
    }

    /** Overlapping or touching cuts become one; it is a first word if any part was. */
    private static List<long[]> merge(List<long[]> in) {
        List<long[]> out = new ArrayList<>();
        for (long[] c : in) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && c[0] <= last[1]) {
                last[1] = Math.max(last[1], c[1]);
                last[2] |= c[2];
            } else {
                out.add(c.clone());
            }
        }
        return out;
    }

    /** Cuts with only plain characters between them become one. */
    private List<long[]> group(List<long[]> in) {
        List<long[]> out = new ArrayList<>();
        for (long[] c : in) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && plainGap((int) last[1], (int) c[0])) {
                last[1] = c[1];
                last[2] |= c[2];
            } else {
                out.add(c.clone());
            }
        }
        return out;
    }

    /** Between two words of one name: spaces, invisible characters and the punctuation names are written with. */
    private boolean plainGap(int from, int to) {
        if (to - from > 64) {
            return false;
        }
        Decoded gap = Decoded.of(src.substring(from, to));
        int breaks = 0;
        boolean space = false;
        for (int k = 0; k < gap.length; k++) {
            int cp = gap.cps[k];
            if (cp == '\n') {
                breaks++;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            }
        }
        if (breaks > 1) {
            return false; // a blank line: another paragraph
        }
        for (int k = 0; k < gap.length; k++) {
            int cp = gap.cps[k];
            boolean plain = Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Fold.isInvisible(cp)
                    || ",.'-\u2019\u2018\u2010\u2011\u2013\u00b7".indexOf(cp) >= 0
                    || !space && (cp == '_' || cp == '+');
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** Grows each cut until it holds whole brackets and whole emphasis runs. */
    private List<long[]> grow(List<long[]> in) {
        for (long[] c : in) {
            int a0 = (int) c[0];
            int b0 = (int) c[1];
            int a = a0;
            int b = b0;
            int limit = (b0 - a0) * MAX_GROWTH + 16;
            int scannedFrom = a; // [scannedFrom, scannedTo) has been looked at
            int scannedTo = a;
            while (scannedFrom > a || scannedTo < b) {
                int p = scannedTo < b ? scannedTo++ : --scannedFrom;
                char ch = src.charAt(p);
                int q = markup.partner(p);
                if (q >= b) {
                    b = q + 1;
                } else if (q >= 0 && q < a) {
                    a = q;
                }
                if (ch == '*' || ch == '_' || ch == '~') {
                    // Emphasis inside the cut: its other half is right next to it ("Zwart**kop**").
                    while (b < src.length() && src.charAt(b) == ch) {
                        b++;
                    }
                    while (a > 0 && src.charAt(a - 1) == ch) {
                        a--;
                    }
                }
                if (b - a > limit) {
                    a = a0;
                    b = b0;
                    break;
                }
            }
            c[0] = a;
            c[1] = b;
        }
        in.sort((x, y) -> Long.compare(x[0], y[0]));
        return in;
    }

    /** A deleted word takes the emphasis or link around it along when nothing else is left in them. */
    private int[] tidyDelete(int a, int b, int floor, int ceiling) {
        boolean changed = true;
        while (changed) {
            changed = false;
            if (a > floor && b < ceiling && src.charAt(a - 1) == src.charAt(b) && "*_~`".indexOf(src.charAt(b)) >= 0) {
                a--;
                b++;
                changed = true;
            } else if (a > floor
                    && b < ceiling
                    && src.charAt(a - 1) == '['
                    && src.charAt(b) == ']'
                    && markup.partner(a - 1) == b) {
                a--;
                b++;
                if (b < src.length()
                        && (src.charAt(b) == '(' || src.charAt(b) == '[')
                        && markup.partner(b) > b
                        && markup.partner(b) < ceiling) {
                    b = markup.partner(b) + 1;
                }
                if (a > floor && src.charAt(a - 1) == '!') {
                    a--;
                }
                changed = true;
            }
        }
        return new int[] {a, b};
    }

    /**
     * True when the cut sits in an address: the destination of a link or an autolink (before any
     * space in it: after one comes a title), or a run of text with {@code ://}, {@code @} or {@code www.}.
     */
    private boolean inAddress(int a, int b) {
        int region = markup.regionStartOf(a);
        if (region >= 0 && src.substring(region, a).chars().noneMatch(Character::isWhitespace)) {
            return true;
        }
        int from = a;
        while (from > 0 && a - from < ADDRESS_LOOKAROUND && !stops(src.charAt(from - 1))) {
            from--;
        }
        int to = b;
        while (to < src.length() && to - b < ADDRESS_LOOKAROUND && !stops(src.charAt(to))) {
            to++;
        }
        String chunk = (src.substring(from, a) + " " + src.substring(b, to)).toLowerCase(java.util.Locale.ROOT);
        return chunk.contains("://") || chunk.contains("@") || chunk.contains("www.") || chunk.startsWith("mailto:");
    }

    private static boolean stops(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "()<>[]\"'`".indexOf(c) >= 0;
    }

    @Override
    public String toString() {
        return cuts.stream().map(Arrays::toString).toList().toString();
    }
}
