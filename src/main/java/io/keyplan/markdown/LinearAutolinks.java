package io.keyplan.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * flexmark's autolink extension (web and mail addresses in plain text become links), minus one
 * quadratic step. For every text node, flexmark's post-processor reads the node together with
 * all the text and entity nodes that follow it without a space in between (a "run"), so that an
 * address written with an entity such as {@code &amp;} is still found. When no address starts in
 * the node, it leaves the node alone and does the same for the next text node of the run, and
 * the next: a paragraph such as "R&amp;D R&amp;D ..." is one run, and its cost grows with the
 * square of its length (800 entities took a second; a fuzzed input of 32 KB took 37 s).
 *
 * <p>This extension hands each text node to flexmark's own post-processor, so every link is
 * made exactly as flexmark makes it. Only which nodes are handed over changes: when flexmark
 * leaves the first node of a run alone, the run is read once more, the same way, to find the
 * node where its first address starts; that node is handed over next and the nodes before it are
 * skipped, where flexmark would have read the rest of the run for each of them in turn. A run
 * without any address is read twice in all, not once per node.
 */
public final class LinearAutolinks implements Parser.ParserExtension {
    public static final LinearAutolinks INSTANCE = new LinearAutolinks();

    /**
     * How often one run is read again to find its next node with an address, should flexmark
     * read a run's remainder differently from the whole (it never did in the tests); beyond that
     * the rest of the run stays text, which keeps the cost linear.
     */
    static final int MAX_TRIES_PER_RUN = 8;

    /** flexmark's own rule for a bare scheme ("https:// ") that the link extractor skips. */
    private static final Pattern URI_PREFIX = Pattern.compile("\\b([a-z][a-z0-9+.-]*://)(?:\\s|$)");

    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();

    private LinearAutolinks() {}

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Processor(new AutolinkNodePostProcessor(document));
        }
    }

    /** One per document: the processor of flexmark, and which text nodes it is not given. */
    private static final class Processor extends NodePostProcessor {
        private final AutolinkNodePostProcessor flexmark;
        private final Set<Node> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Node, Integer> tries = new IdentityHashMap<>();

        Processor(AutolinkNodePostProcessor flexmark) {
            this.flexmark = flexmark;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (skipped.remove(node)) {
                return;
            }
            flexmark.process(state, node);
            if (node.getParent() == null) {
                return; // flexmark made the links of the whole run and removed the node
            }
            // Left alone: no address in the run, or the first one starts in a later node.
            List<Node> run = run(node);
            if (run.size() == 1) {
                return;
            }
            int tried = tries.getOrDefault(node, 0) + 1;
            int next = tried < MAX_TRIES_PER_RUN ? firstLinkNode(run) : -1;
            for (int k = 1; k < run.size(); k++) {
                Node later = run.get(k);
                if (k == next) {
                    tries.put(later, tried);
                    break;
                }
                if (later instanceof Text) {
                    skipped.add(later);
                }
            }
        }
    }

    /**
     * The node and the nodes flexmark reads with it: the text and entity nodes that follow
     * without a break in the source and without a space at the seam.
     */
    static List<Node> run(Node node) {
        List<Node> run = new ArrayList<>();
        run.add(node);
        Node next = node.getNext();
        if (!(next instanceof TypographicText || next instanceof HtmlEntity)) {
            return run;
        }
        BasedSequence last = node.getChars();
        while ((next instanceof TypographicText || next instanceof HtmlEntity || next instanceof Text)
                && next.getChars().isContinuationOf(last)
                && !next.getChars().startsWith(" ")
                && !last.endsWith(" ")) {
            run.add(next);
            last = next.getChars();
            next = next.getNext();
        }
        return run;
    }

    /**
     * The index in {@code run} of the node where the run's first address starts, read as flexmark
     * reads it (entities and backslash escapes resolved); -1 when there is none. An address that
     * starts inside an entity is made a link by no node of the run, so the text node after the
     * entity is next, as with flexmark.
     */
    static int firstLinkNode(List<Node> run) {
        List<BasedSequence> parts = new ArrayList<>(run.size());
        List<Range> entities = new ArrayList<>();
        for (Node n : run) {
            parts.add(n.getChars());
            if (n instanceof HtmlEntity) {
                entities.add(
                        Range.of(n.getChars().getStartOffset(), n.getChars().getEndOffset()));
            }
        }
        BasedSequence original = SegmentedSequence.create(run.get(0).getChars(), parts);
        ReplacedTextMapper mapper = new ReplacedTextMapper(original);
        BasedSequence text = entities.isEmpty() ? original : Escaping.unescapeHtml(original, entities, mapper);
        text = Escaping.unescape(text, mapper);
        int begin = Integer.MAX_VALUE;
        for (LinkSpan link : LINKS.extractLinks(text)) {
            begin = link.getBeginIndex();
            break;
        }
        Matcher scheme = URI_PREFIX.matcher(text);
        if (scheme.find()) {
            begin = Math.min(begin, scheme.start(1));
        }
        if (begin == Integer.MAX_VALUE) {
            return -1;
        }
        int offset = mapper.originalOffset(begin);
        int end = 0;
        for (int k = 0; k < run.size(); k++) {
            end += run.get(k).getChars().length();
            if (offset < end && run.get(k) instanceof Text) {
                return k;
            }
        }
        return -1;
    }
}
