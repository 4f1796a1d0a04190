package io.keyplan.validate;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.render.LinearInlineParser;
import io.keyplan.render.MarkdownScan;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links in Markdown that cannot work on the published portal (spec 5: "links that try to leave
 * the output folder"): a relative link that climbs above the site's root, a link that starts
 * with {@code /} (it breaks under a sub-path and from a file share), a {@code file:} link to
 * somebody's own disk, and a link to another section's {@code .md} file, which is no page of
 * its own.
 */
final class LinkChecks {
    private static final Parser PARSER = Parser.builder().customInlineParserFactory(LinearInlineParser.FACTORY).build();
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    private LinkChecks() {
    }

    static void check(Content content, Diagnostics d) {
        for (Account a : content.accounts()) {
            String base = "accounts/" + a.slug() + "/";
            for (Narrative n : a.narratives().values()) {
                check(n.markdown(), n.source(), base + "index.html", d);
            }
            for (Note n : a.notes()) {
                check(n.markdown(), n.source(), base + "notes/" + n.name() + ".html", d);
            }
        }
        for (Page p : content.pages()) {
            check(p.markdown(), p.source(), "pages/" + p.name() + ".html", d);
        }
    }

    static void check(String markdown, SourceSpan source, String pagePath, Diagnostics d) {
        // Links, images and link references all need a '[': text without one has nothing to check.
        if (markdown == null || markdown.indexOf('[') < 0) {
            return;
        }
        if (!MarkdownScan.withinLimits(markdown)) {
            return; // MarkdownLimits reports it; flexmark could take minutes on it
        }
        String fileText = read(source);
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            String url;
            if (node instanceof Link || node instanceof Image) {
                url = ((LinkNodeBase) node).getUrl().toString();
            } else if (node instanceof Reference r) {
                url = r.getUrl().toString();
            } else {
                continue;
            }
            String problem = problem(url.strip(), pagePath);
            if (problem != null) {
                d.error(where(source, fileText, url, markdown, node.getStartOffset()), "link", problem,
                        "write a link relative to this page, to a file in the account folder or a page of the portal");
            }
        }
    }

    static String problem(String url, String pagePath) {
        if (url.isEmpty() || url.startsWith("#")) {
            return null;
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return "the link '" + url + "' points at a file on one computer; readers of the portal cannot open it";
        }
        if (url.startsWith("/") && !url.startsWith("//")) {
            return "the link '" + url + "' starts with '/', which breaks when the portal is published under a sub-path or opened from a file share";
        }
        if (url.startsWith("//") || SCHEME.matcher(url).matches()) {
            return null; // a web address; unsafe schemes are neutralised when the page is rendered
        }
        String path = url.replaceAll("[?#].*", "");
        if (pagePath.endsWith("/index.html") && path.endsWith(".md") && !path.contains("/")) {
            String id = path.substring(0, path.length() - 3);
            for (SectionId s : SectionId.values()) {
                if (s.code().equals(id)) {
                    return "the link '" + url + "' goes to another section's narrative, which is shown on this same page; link to '#s-" + id + "' instead";
                }
            }
        }
        try {
            String resolved = new URI("x", "/" + pagePath, null).resolve(new URI(null, null, path, null)).getPath();
            if (resolved == null || resolved.startsWith("/..") || resolved.contains("/../")) {
                return "the link '" + url + "' leads out of the portal";
            }
        } catch (URISyntaxException e) {
            return "the link '" + url + "' is not a valid address";
        }
        return null;
    }

    /** The link's line in the file when it can be found there, else the file. */
    private static SourceSpan where(SourceSpan source, String fileText, String url, String markdown, int offset) {
        if (fileText != null) {
            int i = fileText.indexOf("(" + url);
            if (i < 0) {
                i = fileText.indexOf(url);
            }
            if (i >= 0) {
                return position(source.file(), fileText, i + (fileText.startsWith("(", i) ? 1 : 0));
            }
        }
        return source.line() > 0 ? source : position(source.file(), markdown, offset);
    }

    private static SourceSpan position(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(file, line, offset - lineStart + 1);
    }

    private static String read(SourceSpan source) {
        try {
            Path p = Path.of(source.file());
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
