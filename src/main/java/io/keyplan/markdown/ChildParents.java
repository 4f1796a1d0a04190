package io.keyplan.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Mends the parent links of a parsed Markdown tree. flexmark's {@code Node.takeChildren} moves a
 * node's children but sets the new parent only on the first and the last; the task list extension
 * uses it to turn a list item into a task item ({@code - [ ] ...}), so a heading or paragraph in
 * the middle of such an item still points at the old item, which is no longer in the document.
 * From such a node flexmark cannot find its document: its own checks fail (with assertions on, as
 * in the tests), and without them it reads its options as defaults.
 */
public final class ChildParents {
    private ChildParents() {}

    /**
     * Gives every node under {@code root} the parent it is a child of; the order stays as it is.
     * A child is moved back to where it is, after its previous sibling, which sets its parent. The
     * first child always has its parent, since {@code takeChildren} sets that one.
     */
    public static void repair(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node parent = todo.pop();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (child.getParent() != parent && child.getPrevious() != null) {
                    child.getPrevious().insertAfter(child);
                }
                todo.push(child);
            }
        }
    }
}
