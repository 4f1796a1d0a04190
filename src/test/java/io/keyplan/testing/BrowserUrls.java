package io.keyplan.testing;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How a browser reads a URL attribute, written for the tests apart from the production policy
 * so that the two can disagree: the value as jsoup parsed it from the page (entities decoded),
 * then the WHATWG URL parser's first steps (strip leading and trailing C0 controls and spaces,
 * remove tabs and newlines) and its scheme state.
 */
public final class BrowserUrls {
    public static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Attributes through which an element fetches or navigates to a URL. */
    public static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "data",
            "xlink:href",
            "poster",
            "background",
            "cite",
            "srcset",
            "codebase",
            "longdesc",
            "lowsrc",
            "dynsrc",
            "manifest",
            "ping");

    private BrowserUrls() {}

    /** The scheme a browser sees in an attribute value as parsed from the page, lower case, or null for relative. */
    public static String scheme(String attributeValue) {
        String s =
                attributeValue.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        var m = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):").matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    public static boolean safe(String attributeValue) {
        String scheme = scheme(attributeValue);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }

    /** Every URL attribute in the page that a browser would read as an unsafe scheme or that holds a control or line separator. */
    public static java.util.List<String> problems(Document page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (!URL_ATTRIBUTES.contains(name)) {
                    continue;
                }
                String v = a.getValue();
                if (!safe(v)) {
                    found.add("unsafe " + name + " in " + e.outerHtml());
                }
                if (v.chars()
                        .anyMatch(
                                c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)) {
                    found.add("control character in " + name + " of " + e.outerHtml());
                }
            }
        }
        return found;
    }
}
