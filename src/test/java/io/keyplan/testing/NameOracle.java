package io.keyplan.testing;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fuzz oracle for withheld names: a page as a reader sees it. Markup is dropped, entities
 * decoded, text folded (Unicode NFKC, case folded, invisible characters removed, every kind of
 * white space one space, curly apostrophes straight) and URLs decoded with their separators read
 * as spaces. A name is found in any of its written forms: words joined by a space or by nothing
 * a reader can see, or inverted as "Surname, Given". Independent of KeyPlan's own redaction.
 */
public final class NameOracle {
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "srcset", "data", "poster", "cite");
    /** Format characters (zero-width space, soft hyphen, joiners, bidi marks, BOM) show nothing. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u3164\\uFFA0]");

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
    private static final Pattern APOSTROPHE =
            Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC\\u02B9\\u2032\\uFF07\\u0060\\u00B4]");
    /** Markdown emphasis marks a reader skips when they show as text (in a title, say). */
    private static final Pattern EMPHASIS = Pattern.compile("[*_~`]");

    private static final Pattern URL_SEPARATOR = Pattern.compile("[-_.+/=?&#~:@,;!$()\\[\\]]+");

    private NameOracle() {}

    /** The texts of an HTML page a reader can see or follow: the body text, every attribute, the title. */
    public static List<String> ofHtml(String html) {
        Document doc = Jsoup.parse(html);
        List<String> texts = new ArrayList<>();
        texts.add(doc.text());
        texts.add(ofUrl(doc.text())); // a URL written out as text: www.example.com/anna-de-boer
        for (Element e : doc.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                texts.add(e.data());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String local = name.substring(name.lastIndexOf(':') + 1);
                texts.add(URL_ATTRIBUTES.contains(local) ? ofUrl(a.getValue()) : a.getValue());
            }
        }
        return texts;
    }

    /** The text of a script (the search index) as the browser reads it: its string escapes decoded. */
    public static String ofScript(String script) {
        return ReaderText.scriptDecoded(script);
    }

    /** A URL as words: percent-decoded, its separators read as spaces ({@code /people/anna-de-boer}). */
    public static String ofUrl(String url) {
        String decoded = url;
        for (int i = 0; i < 3 && decoded.indexOf('%') >= 0; i++) { // %2520 is a name too, once decoded twice
            decoded = percentDecode(decoded);
        }
        return URL_SEPARATOR.matcher(decoded).replaceAll(" ");
    }

    /** Folds text the way a reader does not tell apart: see the class comment. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = APOSTROPHE.matcher(s).replaceAll("'");
        s = EMPHASIS.matcher(s).replaceAll("");
        // Upper then lower case folds more than lower case alone ("Strauß" and "STRAUSS").
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A pattern for a person's name in folded text, in any form a reader takes for it; null when
     * the name is too short or too plain to tell apart from ordinary words (the fuzz input is
     * then skipped). A name has two to four words of letters, each at least two long.
     */
    public static Pattern namePattern(String name) {
        String folded = fold(name);
        String[] words = folded.split(" ");
        if (words.length < 2 || words.length > 4 || folded.length() < 5) {
            return null;
        }
        for (String w : words) {
            if (w.length() < 2 || !w.matches("[\\p{L}\\p{M}]+(['-][\\p{L}\\p{M}]+)*")) {
                return null;
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(joined(Arrays.asList(words)));
        for (int k = 1; k < words.length; k++) { // "Boer, Anna de" and "de Boer, Anna"
            forms.add(joined(Arrays.asList(words).subList(k, words.length)) + " ?, ?"
                    + joined(Arrays.asList(words).subList(0, k)));
        }
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", forms) + ")(?![\\p{L}\\p{M}\\p{N}])");
    }

    /** Words of a name with a space or nothing visible between them. */
    private static String joined(List<String> words) {
        return String.join(" ?", words.stream().map(w -> Pattern.quote(w)).toList());
    }

    /** The first place where {@code name} shows in {@code text}, with some context, or null. */
    public static String find(Pattern name, String text) {
        String folded = fold(text);
        Matcher m = name.matcher(folded);
        if (!m.find()) {
            return null;
        }
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(folded.length(), m.end() + 40);
        return "..." + folded.substring(from, to) + "...";
    }

    /** Percent-decoding that leaves a broken escape as it is instead of failing. */
    private static String percentDecode(String s) {
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
