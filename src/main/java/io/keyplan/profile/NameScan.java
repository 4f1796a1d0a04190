package io.keyplan.profile;

/**
 * Reads a text the ways a reader could see it and reports every place where the words of a
 * pattern follow each other. One pass per way, each linear in the text:
 * <ul>
 * <li>{@link View#PLAIN}: every character that is not part of a word separates words, markup included;</li>
 * <li>{@link View#SPLIT}: the same, but link destinations, reference labels and tags are read on
 *     their own, so the words around them meet ({@code [Hendrik](x) Zwartkop}), and invisible
 *     characters separate words too ({@code Hendrik<zero-width space>Zwartkop});</li>
 * <li>{@link View#JOIN}: as {@link View#SPLIT}, but emphasis, brackets and tags join what is on
 *     both sides, as they do on the page ({@code Zwart**kop**}, {@code Hen<b>drik</b>}).</li>
 * </ul>
 * A name found in any of them is a name. Entities and percent escapes are decoded first
 * ({@link Decoded}), and the text is also read plainly without decoding, as a renderer may leave
 * a reference as it is; every character is compared folded ({@link Fold}).
 */
final class NameScan {
    enum View {
        PLAIN,
        SPLIT,
        JOIN
    }

    /** Receives each place found: the source span of each of its words, and the pattern. */
    interface Found {
        void at(int[] starts, int[] ends, int pattern);
    }

    private NameScan() {}

    static void scan(String src, Decoded d, Markup m, NameIndex index, TokenAutomaton patterns, Found found) {
        if (patterns.longest() == 0) {
            return;
        }
        for (View v : View.values()) {
            scan(v, src, d, m, index, patterns, found);
        }
        if (m.withImageTexts != null) {
            scan(View.SPLIT, src, d, m.withImageTexts, index, patterns, found);
        }
        if (src.indexOf('&') >= 0 || src.indexOf('%') >= 0) {
            // Not every reference is decoded on the page: an autolink shows "&#72;" as it is.
            scan(View.PLAIN, src, Decoded.raw(src), m, index, patterns, found);
        }
    }

    static void scan(
            View view, String src, Decoded d, Markup m, NameIndex index, TokenAutomaton patterns, Found found) {
        Lane main = new Lane(index, patterns, found);
        Lane inner = new Lane(index, patterns, found);
        boolean regions = view != View.PLAIN && m.regions > 0;
        int r = 0;
        boolean inRegion = false;
        for (int k = 0; k < d.length; k++) {
            int s = d.start[k];
            int cp = d.cps[k];
            if (regions) {
                while (r < m.regions && m.regionEnd[r] <= s) {
                    r++;
                }
                boolean now = r < m.regions && m.regionStart[r] <= s;
                if (now != inRegion) {
                    inner.restart();
                    if (now && view == View.SPLIT) {
                        main.end();
                    }
                    inRegion = now;
                }
            }
            boolean literal = d.end[k] - s == Character.charCount(cp) && src.codePointAt(s) == cp;
            if (view == View.JOIN && literal && joins(cp, s, m, r)) {
                continue;
            }
            Lane lane = inRegion ? inner : main;
            if (view == View.SPLIT && Fold.isInvisibleSpace(cp)) {
                lane.end();
                continue;
            }
            String f = Fold.of(cp);
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (Fold.isWordChar(c)) {
                    lane.letter(c, s, d.end[k]);
                } else {
                    lane.end();
                }
            }
        }
        main.end();
        inner.end();
    }

    /** Markup that shows nothing between two letters: emphasis, escapes, brackets, a region's delimiters. */
    private static boolean joins(int cp, int at, Markup m, int nextRegion) {
        switch (cp) {
            case '*':
            case '_':
            case '~':
            case '`':
            case '\\':
            case '[':
            case ']':
            case '!':
                return true;
            case '(':
            case '<':
                return nextRegion < m.regions && at == m.regionStart[nextRegion] - 1;
            case ')':
            case '>':
                return nextRegion > 0 && at == m.regionEnd[nextRegion - 1];
            default:
                return false;
        }
    }

    /** One stream of words: the running text, or the inside of one region. */
    private static final class Lane {
        private final NameIndex index;
        private final TokenAutomaton patterns;
        private final Found found;
        private final StringBuilder word = new StringBuilder();
        private int wordStart = -1;
        private int wordEnd;
        private int state;
        // The spans of the last words, as many as the longest pattern has.
        private final int[] starts;
        private final int[] ends;
        private long count;

        Lane(NameIndex index, TokenAutomaton patterns, Found found) {
            this.index = index;
            this.patterns = patterns;
            this.found = found;
            this.starts = new int[Math.max(1, patterns.longest())];
            this.ends = new int[starts.length];
        }

        void letter(char c, int start, int end) {
            if (wordStart < 0) {
                wordStart = start;
            }
            word.append(c);
            wordEnd = end;
        }

        void end() {
            if (wordStart < 0) {
                return;
            }
            state = patterns.step(state, index.word(word));
            int slot = (int) (count++ % starts.length);
            starts[slot] = wordStart;
            ends[slot] = wordEnd;
            int n = patterns.matchLength(state);
            if (n > 0) {
                int[] s = new int[n];
                int[] e = new int[n];
                for (int i = 0; i < n; i++) {
                    int at = (int) ((count - n + i) % starts.length);
                    s[i] = starts[at];
                    e[i] = ends[at];
                }
                found.at(s, e, patterns.matchPattern(state));
            }
            word.setLength(0);
            wordStart = -1;
        }

        void restart() {
            end();
            state = 0;
        }
    }
}
