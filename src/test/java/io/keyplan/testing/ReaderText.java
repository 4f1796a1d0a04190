package io.keyplan.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A test oracle, written apart from the product's own matching: does a text hold a person's
 * name in a form a reader would recognise? The text is decoded (HTML entities, percent escapes),
 * unfolded (NFKD), stripped of accents, invisible characters and case, and every run of other
 * characters becomes one space; then the name's words are looked for in either order, and also
 * written together. For HTML, the visible text and every attribute value are searched as well as
 * the source.
 */
public final class ReaderText {
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");

    private ReaderText() {}

    /** The text as words: lower case, no accents, single spaces, with a space at both ends. */
    public static String words(String text) {
        String t = Normalizer.normalize(percentDecoded(Parser.unescapeEntities(text, false)), Normalizer.Form.NFKD);
        t = t.replaceAll("[\\p{M}\\p{Cf}\\u115f\\u1160\\u3164\\uffa0]", "").toLowerCase(Locale.ROOT);
        return " " + t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /** The forms of a name to look for: its words in order, turned around at each word, and all written together. */
    public static List<String> forms(String name) {
        String[] w = words(name).strip().split(" ");
        List<String> out = new ArrayList<>();
        for (int r = 0; r < w.length; r++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                b.append(i == 0 ? "" : " ").append(w[(r + i) % w.length]);
            }
            out.add(" " + b + " ");
            out.add(" " + b.toString().replace(" ", "") + " ");
        }
        return out;
    }

    /**
     * A script's text with its string escapes read as JavaScript reads them ({@code \\u0026} is
     * {@code &}, {@code \\"} is {@code "}): a name in a script (the search index) is searched for as
     * the browser will show it, not as it is escaped in the file. Decoded up to three times, as an
     * escape may itself be escaped.
     */
    public static String scriptDecoded(String script) {
        String s = script;
        // A JSON text inside a string literal (the search index) is escaped twice.
        for (int i = 0; i < 3 && s.indexOf('\\') >= 0; i++) {
            s = decodedOnce(s);
        }
        return s;
    }

    private static String decodedOnce(String script) {
        Matcher m = SCRIPT_ESCAPE.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e.charAt(0)) {
                case 'u' -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'b' -> "\b";
                case 'f' -> "\f";
                default -> e; // \" \\ \/ \'
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern SCRIPT_ESCAPE = Pattern.compile("\\\\(u[0-9A-Fa-f]{4}|[nrtbf\"'\\\\/])");

    /** The form of {@code name} found in {@code text}, or null. */
    public static String find(String text, String name) {
        return findInWords(words(text), name);
    }

    private static String findInWords(String words, String name) {
        for (String form : forms(name)) {
            if (words.contains(form)) {
                return form.strip();
            }
        }
        return null;
    }

    /** As {@link #find}, in an HTML page: its source, its visible text and each attribute value. */
    public static String findInHtml(String html, String name) {
        return html(html).find(name);
    }

    /** An HTML page read once, to be searched for many names. */
    public static Html html(String html) {
        List<String> parts = new ArrayList<>();
        List<String> where = new ArrayList<>();
        parts.add(words(html));
        where.add("source");
        Document doc = Jsoup.parse(html);
        parts.add(words(doc.text()));
        where.add("text");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                parts.add(words(a.getValue()));
                where.add(e.tagName() + " " + a.getKey());
            }
        }
        return new Html(parts, where);
    }

    public record Html(List<String> parts, List<String> where) {
        /** The form of {@code name} found and where, or null. */
        public String find(String name) {
            for (int i = 0; i < parts.size(); i++) {
                String found = findInWords(parts.get(i), name);
                if (found != null) {
                    return found + " (in the " + where.get(i) + ")";
                }
            }
            return null;
        }
    }

    private static String percentDecoded(String s) {
        Matcher m = PERCENT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String run = m.group();
            for (int i = 0; i < run.length(); i += 3) {
                bytes.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
            }
            // Bytes that are no UTF-8 become U+FFFD, which separates words like any other symbol.
            m.appendReplacement(out, Matcher.quoteReplacement(bytes.toString(StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
