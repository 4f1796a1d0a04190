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

    /**
     * The text with every spelling of an at sign a reader sees as "@" written as "@": a character
     * reference or percent escape (decoded as the name redactor decodes them, {@link Decoded}) and
     * Markdown's escaped {@code \\@}.
     */
    static String atSigns(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('%') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        Decoded d = Decoded.of(text.replace("\\@", "@"));
        StringBuilder out = new StringBuilder(text.length());
        String src = text.replace("\\@", "@");
        int from = 0;
        for (int k = 0; k < d.length; k++) {
            if (d.cps[k] == '@' && d.end[k] - d.start[k] > 1) {
                out.append(src, from, d.start[k]).append('@');
                from = d.end[k];
            }
        }
        return from == 0 ? src : out.append(src, from, src.length()).toString();
    }
}
