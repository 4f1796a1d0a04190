package io.keyplan.markdown;

import com.vladsch.flexmark.ast.Text;
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
     * A stale child is moved back to where it is, next to a sibling whose parent is right, which
     * sets its parent: after its previous sibling, going right from a sound child, and before its
     * next one, going left. When no child is sound, an empty node put first serves as that sibling.
     */
    public static void repair(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node parent = todo.pop();
            if (parent.hasChildren()) {
                mend(parent);
            }
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                todo.push(child);
            }
        }
    }

    private static void mend(Node parent) {
        Node sound = null;
        boolean stale = false;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getParent() == parent) {
                sound = sound == null ? child : sound;
            } else {
                stale = true;
            }
        }
        if (!stale) {
            return;
        }
        Node anchor = null;
        if (sound == null) {
            anchor = new Text();
            parent.prependChild(anchor);
            sound = anchor;
        }
        for (Node child = sound.getNext(); child != null; child = child.getNext()) {
            if (child.getParent() != parent) {
                child.getPrevious().insertAfter(child);
            }
        }
        for (Node child = sound.getPrevious(); child != null; child = child.getPrevious()) {
            if (child.getParent() != parent) {
                child.getNext().insertBefore(child);
            }
        }
        if (anchor != null) {
            anchor.unlink();
        }
    }
}
