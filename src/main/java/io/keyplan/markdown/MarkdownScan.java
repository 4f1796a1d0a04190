package io.keyplan.markdown;

/**
 * One pass over a Markdown text that finds what would make flexmark slow (time growing with the
 * square of a paragraph, a word or a file) or overflow its stack (it parses and renders nested
 * blocks and inlines by recursion). Validation reports the first such place at the content file;
 * the renderer checks again so that no text, checked or not, reaches flexmark over a limit.
 *
 * <p>The limits are far beyond what a plan needs: a narrative nests lists three or four deep, a
 * web address is a few hundred characters, a file has a handful of link references. The counts
 * are estimates from above (e.g. every {@code *} that may open emphasis counts as a level), so a
 * text within the limits is safe; the limits are generous enough that real prose never meets them.
 */
public final class MarkdownScan {
    /** Quotes ({@code >}) and list items inside each other. */
    public static final int MAX_BLOCK_NESTING = 32;
    /** Emphasis and link brackets inside each other in one paragraph. */
    public static final int MAX_INLINE_NESTING = 32;
    /** Characters without a space, tab or line break between them. */
    public static final int MAX_WORD = 1_000;
    /**
     * Parts of one word joined by dots, dashes or plus signs ({@code a.b.c}): flexmark's autolinks
     * look for a scheme such as {@code https://} from the start of every part to the end of the
     * word, so a word's cost grows with its length times its parts.
     */
    public static final int MAX_WORD_PARTS = 40;
    /** Link reference definitions ({@code [name]: address}) in one text. */
    public static final int MAX_REFERENCES = 1_000;
    /** Emphasis markers and link brackets in one paragraph (a table row counts on its own). */
    public static final int MAX_MARKERS = 1_000;

    /** Lines without a blank line between them: one paragraph, table or list (flexmark's tables grow worse than linearly). */
    public static final int MAX_BLOCK_LINES = 3_000;
    /**
     * Lines of one paragraph (outside a table) that start with a sign rather than a letter or
     * digit. flexmark gathers the whole paragraph so far for each such line (to look for a
     * heading underline), so their cost grows with the square of their number.
     */
    public static final int MAX_SIGN_LINES = 1_000;
    /**
     * The characters flexmark gathers for those lines, added up: each such line costs the length of
     * its paragraph so far, so a few hundred long lines cost as much as a thousand short ones. About
     * 0.2 s of parsing; a paragraph of a hundred such lines of a hundred characters costs 500,000.
     */
    public static final long MAX_SIGN_COST = 2_000_000;

    /** What is over a limit, and where: {@code offset} is a char index into the scanned text. */
    public record Problem(int offset, String message, String hint) {}

    private MarkdownScan() {}

    /** True when {@link #check} finds nothing: flexmark takes linear time on the text. */
    public static boolean withinLimits(String text) {
        return check(text) == null;
    }

    /** The first place over a limit, or null. Linear in the length of the text. */
    public static Problem check(String text) {
        if (text == null) {
            return null;
        }
        int references = 0;
        int inlineDepth = 0;
        int markers = 0;
        boolean inTable = false; // below a table's delimiter row, until a blank line
        int blockLines = 0;
        int signLines = 0;
        long signCost = 0;
        int paragraphChars = 0; // of the paragraph so far, before this line
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineEnd(text, lineStart);
            // Block containers: every '>' and list marker at the start of the line, plus the
            // indentation, which also nests list items (two columns per level at the least).
            int i = lineStart;
            int levels = 0;
            int columns = 0;
            boolean listItem = false;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                } else if (c == '>') {
                    levels++;
                    i++;
                } else {
                    int after = listMarkerEnd(text, i, lineEnd);
                    if (after < 0) {
                        break;
                    }
                    levels++;
                    listItem = true;
                    columns = Math.max(0, columns - 1); // the space a marker needs is no indentation
                    i = taskBoxEnd(text, after, lineEnd);
                }
            }
            if (levels > 0 && levels + columns / 2 > MAX_BLOCK_NESTING) {
                return new Problem(
                        lineStart,
                        "the lists and quotes on this line are nested more than " + MAX_BLOCK_NESTING + " levels deep",
                        "use fewer levels of '>' and of indented lists");
            }
            blockLines = i >= lineEnd ? 0 : blockLines + 1;
            // A list item starts a paragraph of its own.
            boolean newParagraph = i >= lineEnd || listItem;
            boolean signLine = i < lineEnd && !inTable && isSign(text.charAt(i));
            signLines = i >= lineEnd ? 0 : (listItem ? 0 : signLines) + (signLine ? 1 : 0);
            paragraphChars = newParagraph ? 0 : paragraphChars;
            signCost = (newParagraph ? 0 : signCost) + (signLine ? paragraphChars : 0);
            paragraphChars += lineEnd - lineStart;
            if (signCost > MAX_SIGN_COST) {
                return new Problem(
                        lineStart,
                        "this paragraph has too many long lines that start with a sign such as '<', '(' or '&'",
                        "put blank lines between paragraphs");
            }
            if (signLines > MAX_SIGN_LINES) {
                return new Problem(
                        lineStart,
                        "more than " + MAX_SIGN_LINES + " lines here start with a sign such as '<', '-' or '&'"
                                + " without a blank line between them",
                        "put blank lines between paragraphs");
            }
            if (blockLines > MAX_BLOCK_LINES) {
                return new Problem(
                        lineStart,
                        "more than " + MAX_BLOCK_LINES + " lines follow each other here without a blank line",
                        "put blank lines between paragraphs, or split the table or list");
            }
            boolean heading = i < lineEnd && isHeading(text, i, lineEnd);
            if (i >= lineEnd) {
                inTable = false;
            } else if (!inTable && isDelimiterRow(text, i, lineEnd)) {
                inTable = true; // the row under a table's header: every row from here on is read on its own
            }
            if (i >= lineEnd || listItem || heading) { // a new paragraph: blank line, list item, heading
                inlineDepth = 0;
                markers = 0;
            }
            boolean reference = i < lineEnd && text.charAt(i) == '[' && isReferenceStart(text, i, lineEnd);
            if (reference) {
                references++;
                if (references > MAX_REFERENCES) {
                    return new Problem(
                            i,
                            "the text has more than " + MAX_REFERENCES + " link references ('[name]: address' lines)",
                            "write the addresses into the links, or split the text into several files");
                }
            }
            boolean tableRow = false;
            int wordStart = -1;
            for (int k = lineStart; k < lineEnd; k++) {
                char c = text.charAt(k);
                if (c == ' ' || c == '\t') {
                    wordStart = -1;
                    continue;
                }
                if (wordStart < 0) {
                    wordStart = k;
                } else if (k - wordStart >= MAX_WORD) {
                    return new Problem(
                            wordStart,
                            "a word here is longer than " + MAX_WORD + " characters",
                            "put spaces between the words, or shorten the web address");
                }
                switch (c) {
                    case '\\' -> {
                        if (k + 1 < lineEnd) {
                            k++; // an escaped character is plain text
                        }
                    }
                    case '|' -> tableRow = true;
                    case '[' -> {
                        inlineDepth++;
                        markers++;
                    }
                    case ']' -> {
                        inlineDepth = Math.max(0, inlineDepth - 1);
                        markers++;
                    }
                    case '*', '_', '~' -> {
                        int end = k;
                        while (end < lineEnd && text.charAt(end) == c) {
                            end++;
                        }
                        char before = k > lineStart ? text.charAt(k - 1) : ' ';
                        char after = end < lineEnd ? text.charAt(end) : ' ';
                        boolean opens =
                                !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
                        boolean closes =
                                !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
                        if (opens || closes) {
                            markers++;
                        }
                        if (opens && !closes) {
                            inlineDepth += end - k;
                        } else if (closes && !opens) {
                            inlineDepth = Math.max(0, inlineDepth - (end - k));
                        }
                        if (k - wordStart + (end - k) > MAX_WORD) {
                            return new Problem(
                                    wordStart,
                                    "a word here is longer than " + MAX_WORD + " characters",
                                    "put spaces between the words, or shorten the web address");
                        }
                        k = end - 1;
                    }
                    default -> {}
                }
                if (inlineDepth > MAX_INLINE_NESTING) {
                    return new Problem(
                            k,
                            "the emphasis ('*', '_', '~') and links ('[') here are nested more than "
                                    + MAX_INLINE_NESTING + " levels deep",
                            "close each '*', '_' or '[' before opening the next, or put a '\\' before a '*', '_' or '[' that is meant as text");
                }
                if (markers > MAX_MARKERS && !reference) {
                    return new Problem(
                            k,
                            "the paragraph has more than " + MAX_MARKERS + " emphasis marks and link brackets",
                            "split it into several paragraphs with a blank line between them");
                }
            }
            int parts = tooManyParts(text, lineStart, lineEnd);
            if (parts >= 0) {
                return new Problem(
                        parts,
                        "a word here has more than " + MAX_WORD_PARTS
                                + " parts joined by dots, dashes or plus signs (such as a.b.c)",
                        "put spaces between the words");
            }
            if ((tableRow && inTable) || reference || heading) {
                // flexmark reads each cell of a table on its own
                inlineDepth = 0;
                markers = 0;
            }
            lineStart =
                    lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n'
                            ? lineEnd + 2
                            : lineEnd + 1;
        }
        return null;
    }

    /**
     * Where a word of the line starts that has more than {@link #MAX_WORD_PARTS} parts, or -1.
     * A part starts with a letter after a character that is no letter or digit, within a run of
     * the characters flexmark's scheme pattern ({@code [a-z][a-z0-9+.-]*://}) reads. Counted from
     * above: the run also takes capitals and the {@code & # ;} and backslash of entities and
     * escapes, which flexmark reads as the character they stand for, and an {@code &} or
     * backslash starts a part too.
     */
    private static int tooManyParts(String text, int lineStart, int lineEnd) {
        int runStart = -1;
        int parts = 0;
        char previous = ' ';
        for (int k = lineStart; k < lineEnd; k++) {
            char c = text.charAt(k);
            if (!isSchemeRunChar(c)) {
                runStart = -1;
                previous = c;
                continue;
            }
            if (runStart < 0) {
                runStart = k;
                parts = 0;
            }
            boolean letterLike = isAsciiLetter(c) || c == '&' || c == '\\';
            if (letterLike && (k == runStart || !isAsciiLetter(previous) && !isAsciiDigit(previous))) {
                if (++parts > MAX_WORD_PARTS) {
                    return runStart;
                }
            }
            previous = c;
        }
        return -1;
    }

    private static boolean isSchemeRunChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || "+.-&#;\\".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The index after a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at {@code i}, or -1. */
    private static int listMarkerEnd(String text, int i, int lineEnd) {
        char c = text.charAt(i);
        int end;
        if (c == '-' || c == '+' || c == '*') {
            end = i + 1;
        } else if (c >= '0' && c <= '9') {
            end = i;
            while (end < lineEnd && end - i < 10 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end >= lineEnd || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
                return -1;
            }
            end++;
        } else {
            return -1;
        }
        return end >= lineEnd || text.charAt(end) == ' ' || text.charAt(end) == '\t' ? end : -1;
    }

    /** After a list marker, the index after a task box ({@code [ ]}, {@code [x]}) and its space, else {@code i}. */
    private static int taskBoxEnd(String text, int i, int lineEnd) {
        int k = i;
        while (k < lineEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k + 3 < lineEnd
                && text.charAt(k) == '['
                && " xX".indexOf(text.charAt(k + 1)) >= 0
                && text.charAt(k + 2) == ']'
                && (text.charAt(k + 3) == ' ' || text.charAt(k + 3) == '\t')) {
            return k + 3;
        }
        return i;
    }

    /** A line that starts like {@code [name]:}; the name may not hold another bracket. */
    private static boolean isReferenceStart(String text, int i, int lineEnd) {
        for (int k = i + 1; k < lineEnd && k - i <= MAX_WORD; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                return false;
            } else if (c == ']') {
                return k + 1 < lineEnd && text.charAt(k + 1) == ':';
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunctuation(char c) {
        if (c < 0x80) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** An ATX heading: one to six '#' and then a space, a tab or the end of the line ("#tag" is text). */
    private static boolean isHeading(String text, int i, int lineEnd) {
        int k = i;
        while (k < lineEnd && text.charAt(k) == '#' && k - i < 7) {
            k++;
        }
        return k - i <= 6 && (k == lineEnd || text.charAt(k) == ' ' || text.charAt(k) == '\t');
    }

    /** A table's delimiter row, such as {@code |---|:--:|}: only pipes, dashes, colons and spaces, with a pipe and a dash. */
    private static boolean isDelimiterRow(String text, int i, int lineEnd) {
        boolean pipe = false;
        boolean dash = false;
        for (int k = i; k < lineEnd; k++) {
            switch (text.charAt(k)) {
                case '|' -> pipe = true;
                case '-' -> dash = true;
                case ':', ' ', '\t' -> {}
                default -> {
                    return false;
                }
            }
        }
        return pipe && dash;
    }

    /** A line start that sends flexmark looking for a heading underline; '[' lines are bounded as references and link brackets. */
    private static boolean isSign(char c) {
        return !Character.isLetterOrDigit(c) && c != '[';
    }
}
