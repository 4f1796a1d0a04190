package io.keyplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node of a parsed task item finds its document again. */
class ChildParentsTest {
    private static final Parser PARSER = Parser.builder(
                    new MutableDataSet().set(Parser.EXTENSIONS, List.of(TaskListExtension.create())))
            .build();

    @Test
    void theMiddleChildrenOfATaskItemGetTheirParent() {
        for (String markdown : List.of(
                "1. [x]f\n   #\n   c",
                "- [ ] Call the buyer\n\n  She wants a second offer.\n\n  ## Before the call\n\n  - check\n\n  last",
                "- [x] a\n  # b\n  c\n  - [ ] d\n    # e\n    f")) {
            Document doc = PARSER.parse(markdown);
            // flexmark's takeChildren leaves them pointing at the list item the task item replaced.
            assertFalse(allReachTheDocument(doc), markdown);
            List<String> before = shape(doc);

            ChildParents.repair(doc);

            assertTrue(allReachTheDocument(doc), markdown);
            assertEquals(before, shape(doc), "the tree is the same, in the same order");
            for (Node node : doc.getDescendants()) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    assertEquals(node, child.getParent());
                    assertEquals(child.getNext() == null, node.getLastChild() == child);
                }
            }
        }
    }

    @Test
    void aStaleFirstOrLastChildGetsItsParent() {
        for (String removed : List.of("a", "d", "ad")) {
            Node old = new Paragraph();
            List<Node> children = new ArrayList<>();
            for (String name : List.of("a", "b", "c", "d")) {
                Node text = new Text(BasedSequence.of(name));
                old.appendChild(text);
                children.add(text);
            }
            Document doc = new Document(new MutableDataSet(), BasedSequence.of("abcd"));
            Node parent = new Paragraph();
            doc.appendChild(parent);
            parent.takeChildren(old); // the parent of a and d only
            for (Node child : children) {
                if (removed.contains(child.getChars())) {
                    child.unlink(); // leaves b or c, which still point at old, first or last
                }
            }
            assertFalse(allReachTheDocument(doc), removed);

            ChildParents.repair(doc);

            assertTrue(allReachTheDocument(doc), removed);
            List<String> order = new ArrayList<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                assertEquals(parent, child.getParent());
                order.add(child.getChars().toString());
            }
            assertEquals(
                    List.of("a", "b", "c", "d").stream()
                            .filter(name -> !removed.contains(name))
                            .toList(),
                    order);
            assertEquals(
                    order.get(order.size() - 1),
                    parent.getLastChild().getChars().toString());
            assertEquals(order.get(0), parent.getFirstChild().getChars().toString());
        }
    }

    @Test
    void aTableInATaskItemAndNestedTaskItemsFindTheirDocument() {
        Parser parser = Parser.builder(new MutableDataSet()
                        .set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create())))
                .build();
        Document doc = parser.parse("- [ ] a\n  # b\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n  c\n"
                + "  - [x] d\n    # e\n    - [ ] f\n      # g\n      h\n    i\n");
        ChildParents.repair(doc);
        assertTrue(allReachTheDocument(doc));
    }

    @Test
    void aSoundTreeStaysAsItIs() {
        Document doc = PARSER.parse("- [ ] one\n- two\n\n  three\n\n> four");
        List<String> before = shape(doc);
        ChildParents.repair(doc);
        assertEquals(before, shape(doc));
        assertTrue(allReachTheDocument(doc));
    }

    private static boolean allReachTheDocument(Document doc) {
        for (Node node : doc.getDescendants()) {
            Node up = node;
            while (up != null && !(up instanceof Document)) {
                up = up.getParent();
            }
            if (up != doc) {
                return false;
            }
        }
        return true;
    }

    /** Each node with its depth, from the child links only. */
    private static List<String> shape(Node root) {
        List<String> out = new ArrayList<>();
        shape(root, 0, out);
        return out;
    }

    private static void shape(Node node, int depth, List<String> out) {
        out.add(depth + " " + node.getClass().getSimpleName() + " " + node.getChars());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            shape(child, depth + 1, out);
        }
    }
}
