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
import io.keyplan.markdown.PlainTextCollector;
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
 * flexmark writes it anywhere else. An item that starts with something else (a heading, a list,
 * code) gives its box the item's text as a title, which names it too. The box is disabled: the portal shows a plan, it does not edit it.
 */
final class TaskItems implements HtmlRenderer.HtmlRendererExtension {
    static final TaskItems INSTANCE = new TaskItems();

    /** The class the theme and flexmark's own renderer give a task item. */
    static final String ITEM_CLASS = "task-list-item";

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
                    // Without a first paragraph the label has no text: the box is named by the item's text instead.
                    String name = rest == item.getFirstChild() ? name(item) : null;
                    Runnable label = () -> {
                        html.tag("label");
                        box(item, name, html);
                    };
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

    /** The checkbox; HtmlWriter escapes the name, which is the user's text. */
    private static void box(TaskListItem item, String name, HtmlWriter html) {
        html.attr("type", "checkbox").attr("class", "task-list-item-checkbox");
        if (item.isItemDoneMarker()) {
            html.attr("checked", "checked");
        }
        html.attr("disabled", "disabled");
        if (name != null) {
            html.attr("title", name);
        }
        html.withAttr().tagVoid("input");
    }

    /** The item's text on one line, as a name; null when it has none. */
    private static String name(TaskListItem item) {
        String text = PlainTextCollector.line(item);
        return text.isEmpty() ? null : AccessibleName.of(text);
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
