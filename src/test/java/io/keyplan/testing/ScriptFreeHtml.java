package io.keyplan.testing;

import java.util.ArrayList;
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
 * The fuzz oracle for HTML that KeyPlan makes from user text: parsed the way a browser parses
 * it (jsoup follows the HTML5 parsing rules), nothing in it may run script. Independent of
 * KeyPlan's own URL code: see {@link BrowserUrl}.
 */
public final class ScriptFreeHtml {
    /** Attributes a browser follows or loads as a URL (their local name, without a namespace prefix). */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "data",
            "poster",
            "background",
            "cite",
            "codebase",
            "longdesc",
            "lowsrc",
            "dynsrc",
            "manifest",
            "icon");
    /** Attributes holding several URLs separated by white space (and commas for srcset). */
    private static final Set<String> URL_LIST_ATTRIBUTES = Set.of("srcset", "imagesrcset", "ping", "archive");

    private static final Pattern CSS_URL =
            Pattern.compile("(?i)(?:url|image|image-set|src)\\s*\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))");
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CSS_COMMENT = Pattern.compile("(?s)/\\*.*?(\\*/|$)");
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})\\s?|(.))", Pattern.DOTALL);
    private static final Pattern REFRESH_URL =
            Pattern.compile("(?i)^\\s*[\\d.]*\\s*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?(.*?)['\"]?\\s*$", Pattern.DOTALL);

    private ScriptFreeHtml() {}

    /** Everything in {@code html} that could run script, in words; empty when it is safe. */
    public static List<String> problems(String html) {
        List<String> found = new ArrayList<>();
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                found.add("a <script> element: " + shorten(e.outerHtml()));
            }
            if (tag.equals("iframe") && e.hasAttr("srcdoc")) {
                found.add("an <iframe srcdoc>: " + shorten(e.outerHtml()));
            }
            if (tag.equals("style")) {
                cssUrls(e.data(), "<style>", found);
            }
            if (tag.equals("meta") && e.attr("http-equiv").trim().equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(e.attr("content"));
                if (m.matches()) {
                    checkUrl(m.group(1), "<meta refresh>", found);
                }
            }
            boolean animation = Set.of("animate", "set", "animatemotion", "animatetransform")
                    .contains(tag);
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String local = name.substring(name.lastIndexOf(':') + 1);
                String value = a.getValue();
                if (local.startsWith("on")) {
                    found.add("an event handler attribute '" + a.getKey() + "' on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(local)) {
                    checkUrl(value, "<" + tag + " " + a.getKey() + ">", found);
                } else if (URL_LIST_ATTRIBUTES.contains(local)) {
                    for (String token : value.split("[\\s,]+")) {
                        checkUrl(token, "<" + tag + " " + a.getKey() + ">", found);
                    }
                } else if (local.equals("style")) {
                    cssUrls(value, "<" + tag + " style>", found);
                } else if (animation && Set.of("to", "from", "values", "by").contains(local)) {
                    // <animate attributeName="href" to="javascript:..."> rewrites a link after load.
                    for (String part : value.split(";")) {
                        checkUrl(part, "<" + tag + " " + a.getKey() + ">", found);
                    }
                }
            }
        }
        return found;
    }

    private static void checkUrl(String url, String where, List<String> found) {
        if (!BrowserUrl.isSafe(url)) {
            found.add("an unsafe URL (scheme '" + BrowserUrl.scheme(url) + "') in " + where + ": " + shorten(url));
        }
    }

    private static void cssUrls(String css, String where, List<String> found) {
        String plain = cssUnescape(CSS_COMMENT.matcher(css).replaceAll(""));
        if (plain.toLowerCase(Locale.ROOT).contains("expression(")) {
            found.add("a CSS expression() in " + where + ": " + shorten(css));
        }
        for (Pattern p : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = p.matcher(plain);
            while (m.find()) {
                String url = m.group(1) != null
                        ? m.group(1)
                        : m.group(2) != null ? m.group(2) : m.groupCount() > 2 ? m.group(3) : "";
                checkUrl(url == null ? "" : url, where, found);
            }
        }
    }

    /** CSS escapes ({@code \6a} or {@code \j}) spell a scheme as well as the letters do. */
    private static String cssUnescape(String css) {
        Matcher m = CSS_ESCAPE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int cp = Integer.parseInt(m.group(1), 16);
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                replacement = m.group(2).equals("\n") ? "" : m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
