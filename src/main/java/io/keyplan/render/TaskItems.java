package io.keyplan.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Task items ({@code - [ ] call the buyer}, {@code - [x] send the offer}) as valid, labelled HTML.
 * flexmark's task list renderer gave each a checkbox marked {@code readonly}, which HTML allows
 * only on text fields, and without a label, so a screen reader announced "checkbox" with no name
 * (axe: label). An item with blank lines in it was worse: one {@code <p>} held the checkbox and all
 * of the item, so the item's later paragraphs, headings and lists sat inside a paragraph and its
 * closing tag matched nothing.
 *
 * <p>Here the checkbox and the item's first paragraph are one {@code <label>}, so the item's text
 * names it; in an item with blank lines that label is the first paragraph, and the rest follows as
 * flexmark writes it anywhere else. The box is disabled: the portal shows a plan, it does not edit it.
 */
final class TaskItems implements HtmlRenderer.HtmlRendererExtension {
    static final TaskItems INSTANCE = new TaskItems();

    /** The class the theme and flexmark's own renderer give a task item. */
    static final String ITEM_CLASS = "task-list-item";

    private static final String BOX =
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />";
    private static final String TICKED_BOX =
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" />";

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> {
            ListOptions listOptions = ListOptions.get(options);
            return () -> Set.of(new NodeRenderingHandler<TaskListItem>(
                    TaskListItem.class, (item, context, html) -> render(item, listOptions, context, html)));
        });
    }

    private static void render(
            TaskListItem item, ListOptions listOptions, NodeRendererContext context, HtmlWriter html) {
        boolean tight = listOptions.isTightListItem(item);
        // flexmark leaves the <p> of an item's first paragraph to the item (isParagraphWrappingDisabled).
        Paragraph first = firstParagraph(item);
        Node rest = first != null && item.getFirstChild() == first ? first.getNext() : item.getFirstChild();
        html.attr("class", ITEM_CLASS)
                .withAttr(tight ? CoreNodeRenderer.TIGHT_LIST_ITEM : CoreNodeRenderer.LOOSE_LIST_ITEM)
                .withCondIndent()
                .tagLine("li", () -> {
                    Runnable label = () -> html.tag("label").raw(item.isItemDoneMarker() ? TICKED_BOX : BOX);
                    if (tight) {
                        label.run();
                        html.raw(" ");
                        if (rest != item.getFirstChild()) {
                            context.render(first);
                        }
                        html.tag("/label");
                    } else {
                        html.tag("p");
                        label.run();
                        html.raw(" ");
                        if (rest != item.getFirstChild()) {
                            context.render(first);
                        }
                        html.tag("/label").tag("/p").line();
                    }
                    for (Node child = rest; child != null; child = child.getNext()) {
                        if (child == first) {
                            // The first paragraph after a heading or a list: flexmark would write it without <p>.
                            html.tagLine("p", () -> context.render(first));
                        } else {
                            context.render(child);
                        }
                    }
                });
    }

    private static Paragraph firstParagraph(TaskListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                return paragraph;
            }
        }
        return null;
    }
}
