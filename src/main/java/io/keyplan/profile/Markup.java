package io.keyplan.profile;

import java.util.Arrays;

/**
 * The parts of a Markdown text that a reader does not see in the running text: link
 * destinations {@code [text](here)}, reference labels {@code [text][here]}, an image's text
 * {@code ![here](x)} and HTML tags or autolinks {@code <here>}. Words inside them are searched on their own (a name in a URL is
 * still a name in the page's bytes), and they do not sit between the words around them:
 * {@code [Hendrik](x) Zwartkop} reads "Hendrik Zwartkop". Also which bracket closes which, so
 * a cut can take a whole link with it. Found in one pass, never looking ahead more than once.
 */
final class Markup {
    final int[] regionStart;
    final int[] regionEnd;
    final int regions;
    /** For each {@code ( [ ] )}: the index of its partner, or -1; null when the text has no brackets. */
    private final int[] partner;
    /** The same text with images' texts read on their own too; null when it has no image. */
    final Markup withImageTexts;

    private Markup(int[] regionStart, int[] regionEnd, int regions, int[] partner, Markup withImageTexts) {
        this.regionStart = regionStart;
        this.regionEnd = regionEnd;
        this.regions = regions;
        this.partner = partner;
        this.withImageTexts = withImageTexts;
    }

    /** The partner bracket of the bracket at {@code i}, or -1. */
    int partner(int i) {
        return partner == null || i < 0 || i >= partner.length ? -1 : partner[i];
    }

    /** The start of the region {@code i} lies in, or -1. */
    int regionStartOf(int i) {
        int k = Arrays.binarySearch(regionStart, 0, regions, i);
        if (k >= 0) {
            return regionStart[k];
        }
        int before = -k - 2;
        return before >= 0 && i < regionEnd[before] ? regionStart[before] : -1;
    }

    static Markup of(String s) {
        int[] partner = brackets(s);
        Markup images = s.contains("![") ? regions(s, partner, true, null) : null;
        return regions(s, partner, false, images);
    }

    /**
     * {@code images}: an image's text is a region of its own (it is the alt attribute, not running
     * text); otherwise it is read with the text around it, tags in it included.
     */
    private static Markup regions(String s, int[] partner, boolean images, Markup withImageTexts) {
        int[] start = new int[8];
        int[] end = new int[8];
        int n = 0;
        int nextGt = -1; // the next '>' and '<' after the current index, or length when there is none
        int nextLt = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int from = -1;
            int to = -1;
            int after = -1;
            if (images
                    && c == '!'
                    && i + 1 < s.length()
                    && s.charAt(i + 1) == '['
                    && partner != null
                    && partner[i + 1] > i + 1
                    && partner[i + 1] + 1 < s.length()
                    && "([".indexOf(s.charAt(partner[i + 1] + 1)) >= 0) {
                // An image's text is no running text: it is the alt attribute.
                from = i + 2;
                to = partner[i + 1];
                after = to; // the ']' that starts the destination
            } else if (c == ']'
                    && i + 1 < s.length()
                    && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '[')
                    && partner != null
                    && partner[i + 1] > i + 1) {
                from = i + 2;
                to = partner[i + 1];
            } else if (c == '<' && i + 1 < s.length() && isTagStart(s.charAt(i + 1))) {
                // A tag ends at the next '>', unless another '<' comes first: then this '<' is text.
                if (nextGt <= i) {
                    nextGt = indexOr(s, '>', i + 1);
                }
                if (nextLt <= i) {
                    nextLt = indexOr(s, '<', i + 1);
                }
                if (nextGt < s.length() && nextGt < nextLt) {
                    from = i + 1;
                    to = nextGt;
                }
            }
            if (from >= 0) {
                if (n == start.length) {
                    start = Arrays.copyOf(start, n * 2);
                    end = Arrays.copyOf(end, n * 2);
                }
                start[n] = from;
                end[n] = to;
                n++;
                i = after >= 0 ? after : to + 1;
            } else {
                i++;
            }
        }
        return new Markup(start, end, n, partner, withImageTexts);
    }

    private static int indexOr(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    /**
     * Pairs round and square brackets as Markdown would (backslash escapes skipped, nothing
     * pairs across a blank line); null when there is no bracket at all.
     */
    private static int[] brackets(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('(') < 0) {
            return null;
        }
        int[] partner = new int[s.length()];
        Arrays.fill(partner, -1);
        int[] round = new int[16];
        int[] square = new int[16];
        int rounds = 0;
        int squares = 0;
        boolean lineHasText = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    if (i + 1 < s.length() && s.charAt(i + 1) < 0x80 && !Character.isLetterOrDigit(s.charAt(i + 1))) {
                        i++;
                    }
                    lineHasText = true;
                    break;
                case '\n':
                case '\r':
                    if (!lineHasText) {
                        rounds = 0; // a blank line ends every open bracket
                        squares = 0;
                    }
                    lineHasText = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? lineHasText : false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '(':
                    round = push(round, rounds++, i);
                    lineHasText = true;
                    break;
                case '[':
                    square = push(square, squares++, i);
                    lineHasText = true;
                    break;
                case ')':
                    if (rounds > 0) {
                        int open = round[--rounds];
                        partner[open] = i;
                        partner[i] = open;
                    }
                    lineHasText = true;
                    break;
                case ']':
                    if (squares > 0) {
                        int open = square[--squares];
                        partner[open] = i;
                        partner[i] = open;
                    }
                    lineHasText = true;
                    break;
                default:
                    lineHasText = true;
            }
        }
        return partner;
    }

    private static int[] push(int[] stack, int size, int value) {
        int[] s = size == stack.length ? Arrays.copyOf(stack, size * 2) : stack;
        s[size] = value;
        return s;
    }
}
