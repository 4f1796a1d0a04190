package io.keyplan.render;

import io.keyplan.link.LinkPolicy;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of Markdown rendered with {@code markdown.allow_html: true}: allowing HTML
 * means formatting, never scripts. jsoup's {@link Safelist} keeps the tags and attributes that
 * Markdown itself and ordinary formatting use and drops everything else ({@code <script>},
 * {@code <iframe>}, {@code <object>}, {@code <svg>}, {@code <form>}, {@code <base>},
 * {@code <meta>}, {@code <style>}, {@code on*} and {@code style} attributes). Link targets then
 * go through {@link LinkPolicy}, the same rule as every other route. See docs/decisions.md.
 */
final class HtmlSanitiser {
    /** jsoup needs a base to tell a relative link from a broken one; it never appears in the output. */
    private static final String BASE = "https://keyplan.invalid/page/";

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");
    private static final Safelist SAFELIST = safelist();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);

    private HtmlSanitiser() {}

    static String clean(String html) {
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, BASE, SAFELIST, OUTPUT), BASE);
        doc.outputSettings(OUTPUT);
        List<Element> labels = new java.util.ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e.normalName().equals("label")) {
                labels.add(e);
            }
            if ((e.hasAttr("tabindex") || e.hasAttr("role") || e.hasAttr("aria-label")) && !isTableBox(e)) {
                // Only the scroll box Markdown puts around a table may take the focus or be a region.
                e.removeAttr("tabindex").removeAttr("role").removeAttr("aria-label");
            }
            for (String name : URL_ATTRIBUTES) {
                if (e.hasAttr(name)) {
                    String safe = LinkPolicy.forAttribute(e.attr(name));
                    if (safe == null) {
                        e.removeAttr(name);
                    } else {
                        e.attr(name, safe);
                    }
                }
            }
        }
        labelsHoldOneBox(labels);
        return doc.body().html();
    }

    /**
     * A label may hold only its own control and no other label: a task item's label (see
     * {@link TaskItems}) starts with its checkbox, and raw HTML on the item's line could add a
     * {@code <label>} or an {@code <input>} (which the safelist makes another checkbox) inside it.
     */
    private static void labelsHoldOneBox(List<Element> labels) {
        // Innermost first (document order, backwards): an unwrapped label's box then counts in the outer one.
        for (int i = labels.size() - 1; i >= 0; i--) {
            Element label = labels.get(i);
            if (label.parents().stream().anyMatch(p -> p.normalName().equals("label"))) {
                label.unwrap();
                continue;
            }
            Element first = label.firstElementChild();
            for (Element input : label.getElementsByTag("input")) {
                if (input != first) {
                    input.remove();
                }
            }
        }
    }

    /** The box {@link Markdown} wraps a table in: a div of exactly that class around one Markdown table. */
    private static boolean isTableBox(Element e) {
        return e.normalName().equals("div")
                && e.className().equals("table-wrap md-table-wrap")
                && e.childrenSize() == 1
                && e.child(0).normalName().equals("table");
    }

    private static Safelist safelist() {
        Safelist s = Safelist.relaxed()
                .addTags(
                        "del",
                        "s",
                        "ins",
                        "hr",
                        "input",
                        "label",
                        "kbd",
                        "mark",
                        "abbr",
                        "samp",
                        "var",
                        "figure",
                        "figcaption",
                        "details",
                        "summary")
                .addAttributes(":all", "class", "title", "lang", "dir")
                .addAttributes("h1", "id")
                .addAttributes("h2", "id")
                .addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .addAttributes("h5", "id")
                .addAttributes("h6", "id")
                .addAttributes("div", "tabindex", "role", "aria-label")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("input", "checked")
                // A task-list box is the only input Markdown writes (inside a label: TaskItems): whatever else is
                // asked, it stays one.
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);
        return s;
    }
}
