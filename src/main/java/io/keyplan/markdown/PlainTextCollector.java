package io.keyplan.markdown;

import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The text of a Markdown node without its markup: what flexmark's {@code TextCollectingVisitor}
 * gives with no flags, collected into a plain {@link StringBuilder}.
 *
 * <p>flexmark's collector writes into a segment builder that keeps each piece as a range of the
 * source and re-joins neighbouring ranges. That bookkeeping goes wrong: it throws ("Accumulated
 * range ... overlaps", as in vsch/flexmark-java#667) on a list item with an unclosed code fence,
 * fails its own check on deep lists ({@code length:198 != computeLength(): 224}), and loses or
 * keeps characters next to code spans and entities. KeyPlan needs only the characters, so it asks
 * each node for its text the way flexmark's collector does (the same visits, line ends and
 * {@link TextContainer} calls) and appends what the node gives as it is.
 */
public final class PlainTextCollector {
    private PlainTextCollector() {}

    /**
     * A line break with the white space around it. A match may start only where a run of white
     * space starts, or at a break that is no white space (U+2028): plain {@code \s*\R\s*} was
     * tried again from every character of a run without a break, each time to the run's end, so a
     * line of 40,000 spaces took half a minute. The matches are the same, since a match always
     * takes its whole run from the run's start.
     */
    public static final Pattern BREAK_WITH_SPACE = Pattern.compile("(?:(?<!\\s)|(?!\\s))\\s*\\R\\s*");

    /** The text of {@code node} on one line: each line break, with the white space around it, one space. */
    public static String line(Node node) {
        return BREAK_WITH_SPACE.matcher(text(node).strip()).replaceAll(" ");
    }

    /** The text of {@code node} and everything inside it. */
    public static String text(Node node) {
        return new Run(node).collect();
    }

    /** One collection: the text so far and the node last visited, as flexmark's collector keeps them. */
    private static final class Run {
        private final Node root;
        private final Text out = new Text();
        private final NodeVisitor visitor;
        private Node lastNode;
        /** Set when the source between two nodes was a line end that the text has not had yet. */
        private boolean needEol;

        Run(Node root) {
            this.root = root;
            // The visit lives in the visitor itself: processChildren is protected there.
            this.visitor = new NodeVisitor() {
                @Override
                public void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
                    if (node.isOrDescendantOfType(DoNotCollectText.class)) {
                        return;
                    }
                    lastNode(node);
                    if (node instanceof Block && out.length() > 0) {
                        appendEol();
                    }
                    if (node instanceof TextContainer container) {
                        if (container.collectText(out, 0, this)) {
                            if (node instanceof BlankLineBreakNode && out.length() > 0) {
                                appendEol();
                            }
                            processChildren(node, processor);
                        }
                        container.collectEndText(out, 0, this);
                    } else {
                        processChildren(node, processor);
                    }
                    if (node instanceof LineBreakNode && needsEol()) {
                        appendEol();
                    }
                }
            };
        }

        String collect() {
            visitor.visit(root);
            return out.toString();
        }

        /**
         * Notes that a line end is owed when only white space with a line break lies in the source
         * between the node visited last and {@code node}.
         */
        private void lastNode(Node node) {
            if (node instanceof Document) {
                return;
            }
            if (lastNode != null && lastNode.getEndOffset() < node.getStartOffset()) {
                BasedSequence between =
                        node.getChars().getBaseSequence().subSequence(lastNode.getEndOffset(), node.getStartOffset());
                needEol = lineEndOnly(between);
            }
            lastNode = node;
        }

        /** Spaces, tabs and at least one line break, nothing else: flexmark's test, written out. */
        private static boolean lineEndOnly(CharSequence between) {
            boolean lineBreak = false;
            for (int i = 0; i < between.length(); i++) {
                char c = between.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineBreak = true;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return lineBreak;
        }

        private boolean needsEol() {
            if (needEol) {
                return true;
            }
            int length = out.length();
            if (length == 0) {
                return false;
            }
            return out.charAt(length - 1) != '\n';
        }

        private void appendEol() {
            out.append('\n');
            needEol = false;
        }
    }

    /** The collected characters; nodes append to it through flexmark's builder interface. */
    private static final class Text implements ISequenceBuilder<Text, BasedSequence> {
        private final StringBuilder chars = new StringBuilder();

        @Override
        public BasedSequence getSingleBasedSequence() {
            return null;
        }

        @Override
        public Text getBuilder() {
            return new Text();
        }

        @Override
        public char charAt(int index) {
            return chars.charAt(index);
        }

        @Override
        public Text append(CharSequence text, int startIndex, int endIndex) {
            if (text != null && startIndex < endIndex) {
                chars.append(text, startIndex, endIndex);
            }
            return this;
        }

        @Override
        public Text append(char c) {
            chars.append(c);
            return this;
        }

        @Override
        public Text append(char c, int count) {
            for (int i = 0; i < count; i++) {
                chars.append(c);
            }
            return this;
        }

        @Override
        public BasedSequence toSequence() {
            return BasedSequence.of(chars.toString());
        }

        @Override
        public int length() {
            return chars.length();
        }

        @Override
        public String toString() {
            return chars.toString();
        }
    }
}
