package io.keyplan.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Withholds e-mail addresses from a released text (spec 7: a public build publishes none), so
 * that the Markdown around them still reads well: an autolink {@code <jan@x.example>} or a
 * {@code mailto:} address becomes {@link #WITHHELD}; a link to an address keeps its text and loses
 * the link; an address inside other markup (a URL, a tag) becomes {@link #IN_ADDRESS}, which keeps
 * that markup intact. Linear in the length of the text.
 */
final class Emails {
    static final String WITHHELD = "[e-mail address withheld]";
    static final String IN_ADDRESS = "e-mail-withheld";

    private Emails() {}

    /** The text without e-mail addresses; the same instance when it holds none. */
    static String withhold(String text) {
        if (text == null) {
            return text;
        }
        // An at sign a reader sees but the text spells otherwise (&#64;, &#x40;, &commat;, \@) is an
        // at sign here too: "jan&#64;ourco.example" reads as an address on the page.
        String plain = atSigns(text);
        if (plain.indexOf('@') < 0) {
            return text;
        }
        List<int[]> found = Disclosures.emails(plain);
        if (found.isEmpty()) {
            return text;
        }
        text = plain;
        Markup markup = Markup.of(text);
        List<Edit> edits = new ArrayList<>();
        for (int[] e : found) {
            int s = e[0];
            int end = e[1];
            if (s >= 7 && text.regionMatches(true, s - 7, "mailto:", 0, 7)) {
                s -= 7;
            }
            if (s > 0 && text.charAt(s - 1) == '<' && end < text.length() && text.charAt(end) == '>') {
                edits.add(new Edit(s - 1, end + 1, WITHHELD)); // an autolink
                continue;
            }
            int open = s - 1;
            int close = markup.partner(open);
            if (open >= 1
                    && text.charAt(open) == '('
                    && close > open
                    && text.charAt(open - 1) == ']'
                    && markup.partner(open - 1) >= 0
                    && markup.partner(open - 1) < open - 1) {
                // [text](mailto:address): the text stays, the link goes.
                int bracket = markup.partner(open - 1);
                int from = bracket > 0 && text.charAt(bracket - 1) == '!' ? bracket - 1 : bracket;
                edits.add(new Edit(from, bracket + 1, ""));
                edits.add(new Edit(open - 1, close + 1, ""));
                continue;
            }
            boolean inMarkup = markup.regionStartOf(e[0]) >= 0 || inUrl(text, s);
            edits.add(new Edit(
                    s, end, inMarkup && s == e[0] ? IN_ADDRESS : inMarkup ? "mailto:" + IN_ADDRESS : WITHHELD));
        }
        edits.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(y.to, x.to));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit ed : edits) {
            if (ed.from < at) {
                continue; // inside a link already taken out
            }
            out.append(text, at, ed.from).append(ed.replacement);
            at = ed.to;
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /** True when the address at {@code s} is part of a bare URL ({@code https://x.example/?to=jan@x.example}). */
    private static boolean inUrl(String text, int s) {
        int from = s;
        while (from > 0 && s - from < 256 && !stops(text.charAt(from - 1))) {
            from--;
        }
        String run = text.substring(from, s);
        return run.contains("://") || run.regionMatches(true, 0, "www.", 0, 4);
    }

    private static boolean stops(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "()<>[]\"'`".indexOf(c) >= 0;
    }

    private record Edit(int from, int to, String replacement) {}

    /** The text with every spelling of an at sign that Markdown or HTML shows as "@" written as "@". */
    static String atSigns(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
                out.append('@');
                i += 2;
            } else if (c == '&') {
                int end = entityEnd(text, i);
                if (end > 0) {
                    out.append('@');
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after an entity for "@" starting at {@code at} ({@code &commat;}, {@code &#64;}, {@code &#x40;}), or -1. */
    private static int entityEnd(String text, int at) {
        if (text.regionMatches(at, "&commat;", 0, 8)) {
            return at + 8;
        }
        if (!text.startsWith("&#", at)) {
            return -1;
        }
        int i = at + 2;
        boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < text.length() && digits < 12) {
            int d = Character.digit(text.charAt(i), hex ? 16 : 10);
            if (d < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + d;
            digits++;
            i++;
        }
        return digits > 0 && value == '@' && i < text.length() && text.charAt(i) == ';' ? i + 1 : -1;
    }
}
