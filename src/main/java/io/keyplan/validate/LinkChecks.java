package io.keyplan.validate;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.link.LinkPolicy;
import io.keyplan.markdown.LinearAutolinks;
import io.keyplan.markdown.LinearInlineParser;
import io.keyplan.markdown.MarkdownScan;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Links in Markdown that cannot work on the published portal (spec 5: "links that try to leave
 * the output folder"): a relative link that climbs above the site's root, a link that starts
 * with {@code /} (it breaks under a sub-path and from a file share), a {@code file:} link to
 * somebody's own disk, a link to another section's {@code .md} file, which is no page of its
 * own, and a link with a scheme the portal does not link to ({@link LinkPolicy}).
 *
 * <p>Every link is judged as a browser reads it: entities and backslash escapes decoded,
 * controls and line breaks dropped, {@code \} read as {@code /}, and the path percent-decoded
 * before its {@code ..} are counted. Narratives, notes, pages and every free-text field of
 * {@code account.yaml} are checked, through every route: inline links and images, reference
 * definitions, autolinks, and raw HTML when {@code markdown.allow_html} is on.
 */
final class LinkChecks {
    private static final Parser PARSER = parser();
    private static final String HINT =
            "link to a page of the portal or a file in the account folder with a relative link, "
                    + "or to an address that starts with https://, mailto: or tel:";

    private LinkChecks() {}

    private static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(LinearAutolinks.INSTANCE));
        // The linear inline parser: flexmark's own copies the paragraph at every '[' (see LinearInlineParser).
        return LinearInlineParser.install(Parser.builder(options)).build();
    }

    /**
     * Every text of the content. {@link ContentValidator} checks the accounts' texts through
     * {@link AccountTexts} instead, which reads them once for this check and {@link MarkdownLimits}.
     */
    static void check(Content content, Diagnostics d) {
        boolean html = content.portal().allowHtml();
        // The accounts in parallel: flexmark's parser is shared by the renderer's threads too, and Diagnostics sorts
        // the findings.
        content.accounts().parallelStream().forEach(a -> {
            String accountPage = SiteLayout.accountPage(a.slug());
            for (Narrative n : a.narratives().values()) {
                check(n.markdown(), n.source(), accountPage, html, d);
            }
            for (Note n : a.notes()) {
                check(n.markdown(), n.source(), SiteLayout.notePage(a.slug(), n.name()), html, d);
            }
            if (a.plan() != null) {
                checkFields(a.plan(), accountPage, html, d);
            }
        });
        checkPages(content, d);
    }

    /** The free pages' texts. */
    static void checkPages(Content content, Diagnostics d) {
        boolean html = content.portal().allowHtml();
        for (Page p : content.pages()) {
            check(p.markdown(), p.source(), SiteLayout.freePage(p.name()), html, d);
        }
    }

    static void check(String markdown, SourceSpan source, String pagePath, Diagnostics d) {
        check(markdown, source, pagePath, false, d);
    }

    static void check(String markdown, SourceSpan source, String pagePath, boolean allowHtml, Diagnostics d) {
        if (!mayHoldLink(markdown)) {
            return;
        }
        if (!MarkdownScan.withinLimits(markdown)) {
            return; // MarkdownLimits reports it; flexmark could take minutes on it
        }
        checkWithinLimits(markdown, source, pagePath, allowHtml, d);
    }

    /** {@link #check(String, SourceSpan, String, boolean, Diagnostics)} of a text known to be within {@link MarkdownScan}'s limits. */
    static void checkWithinLimits(
            String markdown, SourceSpan source, String pagePath, boolean allowHtml, Diagnostics d) {
        if (!mayHoldLink(markdown)) {
            return;
        }
        // The file is read again only to place a finding: most texts with a link have nothing to report.
        String fileText = null;
        boolean read = false;
        for (Found f : links(markdown, allowHtml)) {
            String problem = problem(f.url(), f.raw(), pagePath);
            if (problem != null) {
                if (!read) {
                    fileText = SourceText.read(source.file());
                    read = true;
                }
                d.error(where(source, fileText, f.raw(), markdown, f.offset()), "link", problem, HINT);
            }
        }
    }

    /**
     * The free-text fields of a plan are Markdown too (they are shown through the same renderer):
     * each one is checked like a narrative and reported at its value in {@code account.yaml}.
     */
    static void checkFields(AccountPlan plan, String pagePath, boolean allowHtml, Diagnostics d) {
        String[] fileText = new String[1];
        YamlTexts.each(plan, (text, position) -> {
            if (!mayHoldLink(text) || !MarkdownScan.withinLimits(text)) {
                return; // MarkdownLimits reports a text over the limits; flexmark could take minutes on it
            }
            checkField(text, position, pagePath, allowHtml, fileText, d);
        });
    }

    /**
     * One text of a plan that may hold a link and is within {@link MarkdownScan}'s limits;
     * {@code fileText} holds the plan file's text once a finding needed it, for the plan's next ones.
     */
    static void checkField(
            String text,
            YamlTexts.Position position,
            String pagePath,
            boolean allowHtml,
            String[] fileText,
            Diagnostics d) {
        for (Found f : links(text, allowHtml)) {
            String problem = problem(f.url(), f.raw(), pagePath);
            if (problem != null) {
                SourceSpan at = position.span();
                if (fileText[0] == null) {
                    fileText[0] = Objects.requireNonNullElse(SourceText.read(at.file()), "");
                }
                d.error(inValue(at, fileText[0], f.raw()), "link", problem, HINT);
            }
        }
    }

    /** A link target as written ({@code raw}, to find it in the file) and as the renderer sees it ({@code url}). */
    record Found(String raw, String url, int offset) {}

    /**
     * Without one of these, flexmark finds no link: links, images and references need a {@code [},
     * autolinks and raw HTML a {@code <}, bare addresses a {@code ://} (bare {@code www.} and
     * e-mail addresses become {@code http:} and {@code mailto:} links, which are always fine).
     * Most texts have none of them, and parsing every one would make validation many times slower.
     */
    static boolean mayHoldLink(String text) {
        return text != null && (text.indexOf('[') >= 0 || text.indexOf('<') >= 0 || text.contains("://"));
    }

    static List<Found> links(String markdown, boolean allowHtml) {
        List<Found> found = new ArrayList<>();
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            if (node instanceof LinkNodeBase link) {
                // Link, Image, AutoLink, MailLink and the reference definitions [p]: url
                found.add(new Found(link.getUrl().toString(), link.getUrl().unescape(), node.getStartOffset()));
            } else if (allowHtml && (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase)) {
                for (Element e : Jsoup.parseBodyFragment(node.getChars().toString())
                        .body()
                        .select("[href], [src], [cite]")) {
                    for (String name : List.of("href", "src", "cite")) {
                        if (e.hasAttr(name)) {
                            found.add(new Found(e.attr(name), e.attr(name), node.getStartOffset()));
                        }
                    }
                }
            }
        }
        return found;
    }

    static String problem(String written, String pagePath) {
        return problem(written, written, pagePath);
    }

    /**
     * What is wrong with the link {@code url} (as the renderer sees it: Markdown escapes and
     * entities decoded) on the page {@code pagePath}, or null; {@code asWritten} is how the
     * user wrote it, for the message.
     */
    static String problem(String url, String asWritten, String pagePath) {
        String written = url;
        url = LinkPolicy.asBrowserReads(url);
        if (url.isEmpty() || url.startsWith("#")) {
            return null;
        }
        String shown = "'" + LinkPolicy.printable(asWritten.strip()) + "'";
        String scheme = LinkPolicy.scheme(url);
        boolean share = url.length() >= 2
                && (url.charAt(0) == '\\' || url.charAt(1) == '\\')
                && url.replace('\\', '/').startsWith("//");
        if ("file".equals(scheme) || (scheme != null && scheme.length() == 1) || share) {
            // A single letter is a Windows drive (C:\...); \\server\share a Windows file share.
            return "the link " + shown + " points at a file on one computer; readers of the portal cannot open it";
        }
        if (!LinkPolicy.allowed(written)) {
            return "the link " + shown + " is not a web, e-mail or phone address, so the portal shows it as plain text";
        }
        if (("http".equals(scheme) || "https".equals(scheme))
                && !url.substring(scheme.length() + 1).replace('\\', '/').startsWith("//")) {
            // "http:../x" is read as a path on the portal's own server, where it can climb out.
            return "the link " + shown + " is not a full web address; write it as " + scheme + "://server/...";
        }
        if (scheme != null) {
            return null; // a web, e-mail or phone address
        }
        // As a browser reads a relative link: a backslash is a slash, and the server decodes %XX.
        String path = url.replace('\\', '/');
        if (path.startsWith("//")) {
            // Without its scheme the link takes the page's: from a file share it opens file://server/...
            return "the link " + shown
                    + " has no 'https:' in front, so from a file share it opens a file on another computer;"
                    + " write the full address (https://...)";
        }
        path = percentDecoded(path.replaceAll("[?#].*", "")).replace('\\', '/');
        if (path.startsWith("/")) {
            return "the link " + shown
                    + " starts with '/', which breaks when the portal is published under a sub-path or opened from a file share";
        }
        if (pagePath.endsWith("/" + SiteLayout.INDEX) && path.endsWith(".md") && !path.contains("/")) {
            String id = path.substring(0, path.length() - 3);
            for (SectionId s : SectionId.values()) {
                if (s.code().equals(id)) {
                    return "the link " + shown
                            + " goes to another section's narrative, which is shown on this same page; link to '#s-"
                            + id + "' instead";
                }
            }
        }
        if (climbsOut(path, pagePath)) {
            return "the link " + shown + " leads out of the portal";
        }
        return null;
    }

    /**
     * True when the relative {@code path} resolves above the site's root from {@code pagePath}.
     * Dot segments are counted the way a browser and most servers read them: {@code .} and empty
     * segments stay, {@code ..} goes up, and a segment of dots and spaces (Windows trims them) is
     * a {@code ..} when it has two dots or more.
     */
    static boolean climbsOut(String path, String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i].strip();
            if (seg.chars().allMatch(c -> c == '.') && seg.length() >= 2) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!seg.isEmpty() && !seg.equals(".") && i < segments.length - 1) {
                depth++;
            }
        }
        return false;
    }

    /** %XX decoded as UTF-8, again until nothing changes (a server may decode twice); bad escapes stay. */
    static String percentDecoded(String s) {
        String current = s;
        for (int round = 0; round < 3 && current.indexOf('%') >= 0; round++) {
            String next = percentDecodeOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String percentDecodeOnce(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%' && i + 2 < utf8.length && hex(utf8[i + 1]) >= 0 && hex(utf8[i + 2]) >= 0) {
                bytes.write(hex(utf8[i + 1]) * 16 + hex(utf8[i + 2]));
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** The link inside a YAML value: found in the file from the value's position on, else the value. */
    private static SourceSpan inValue(SourceSpan at, String fileText, String raw) {
        int start = offsetOf(fileText, at.line(), at.column());
        if (start >= 0 && !raw.isEmpty()) {
            int i = fileText.indexOf(raw, start);
            if (i >= 0) {
                return SourceText.at(at.file(), fileText, i);
            }
        }
        return at;
    }

    private static int offsetOf(String text, int line, int column) {
        if (line <= 0) {
            return -1;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    /** The link's line in the file when it can be found there, else the file. */
    private static SourceSpan where(SourceSpan source, String fileText, String url, String markdown, int offset) {
        if (fileText != null) {
            // The text is the end of its file (below any front matter): the link's own node says where.
            int node = SourceText.bodyOffset(fileText, markdown, offset);
            if (node >= 0) {
                int at = fileText.indexOf(url, node);
                if (at >= 0) {
                    return SourceText.at(source.file(), fileText, at);
                }
            }
            int i = fileText.indexOf("(" + url);
            if (i < 0) {
                i = fileText.indexOf(url);
            }
            if (i >= 0) {
                return SourceText.at(source.file(), fileText, i + (fileText.startsWith("(", i) ? 1 : 0));
            }
        }
        return source.line() > 0 ? source : SourceText.at(source.file(), markdown, offset);
    }
}
