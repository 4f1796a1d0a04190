package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Task items: a disabled checkbox named by the item's text, and no paragraph inside a paragraph. */
class TaskItemsTest {
    private final Markdown md = new Markdown();

    private static final String BOX =
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />";
    private static final String TICKED =
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" />";

    @Test
    void aTightItemIsALabelWithItsText() {
        assertEquals(
                "<ul>\n"
                        + "<li class=\"task-list-item\"><label>" + BOX + " Call the buyer</label></li>\n"
                        + "<li class=\"task-list-item\"><label>" + TICKED
                        + " Send the <a href=\"https://example.com/offer\">offer</a></label>\n"
                        + "<ul>\n"
                        + "<li>by mail</li>\n"
                        + "</ul>\n"
                        + "</li>\n"
                        + "</ul>\n",
                md.block(
                        "- [ ] Call the buyer\n- [x] Send the [offer](https://example.com/offer)\n  - by mail\n",
                        false));
    }

    @Test
    void anItemWithBlankLinesKeepsItsParagraphsApart() {
        // flexmark wrote "<p>[box] Call<p>She wants…</p><h2>…</h2></p>": a paragraph in a paragraph.
        assertEquals(
                "<ul>\n"
                        + "<li class=\"task-list-item\"><p><label>" + BOX + " Call the buyer</label></p>\n"
                        + "<p>She wants a <em>second</em> offer.</p>\n"
                        + "<h2 id=\"before-the-call\">Before the call</h2>\n"
                        + "</li>\n"
                        + "<li class=\"task-list-item\"><p><label>" + TICKED + " Send the offer</label></p>\n"
                        + "</li>\n"
                        + "</ul>\n",
                md.block(
                        "- [ ] Call the buyer\n\n  She wants a *second* offer.\n\n  ## Before the call\n\n- [x] Send the offer\n",
                        false));
    }

    @Test
    void anItemThatStartsWithAHeadingStillWrapsItsParagraph() {
        assertEquals(
                "<ul>\n"
                        + "<li class=\"task-list-item\"><label>" + BOX.replace(" />", " title=\"heading text\" />")
                        + " </label>\n"
                        + "<h1 id=\"heading\">heading</h1>\n"
                        + "<p>text</p>\n"
                        + "</li>\n"
                        + "</ul>\n",
                md.block("- [ ] \n  # heading\n  text", false));
    }

    @Test
    void rawHtmlAllowedKeepsTheLabel() {
        // With allow_html the page goes through the sanitiser, which must not drop the label.
        assertEquals(
                "<ul>\n<li class=\"task-list-item\"><label><input class=\"task-list-item-checkbox\" checked disabled"
                        + " type=\"checkbox\"> Call <b>now</b></label></li>\n</ul>\n",
                md.block("- [x] Call <b>now</b>\n", true));
    }

    @Test
    void aBoxWithoutTextOfItsOwnIsNamedByTheItemEscaped() {
        String html = md.block("- [ ] \n  ```\n  call \"Anna\" & <Ben>\n  ```\n", false);
        assertEquals(
                true, html.contains(BOX.replace(" />", " title=\"call &quot;Anna&quot; &amp; &lt;Ben&gt;\" />")), html);
    }

    @Test
    void aNumberedTaskListKeepsItsNumbersAndAnEmptyItemHasNoName() {
        assertEquals(
                "<ol>\n<li class=\"task-list-item\"><label>" + BOX + " one</label></li>\n"
                        + "<li class=\"task-list-item\"><label>" + BOX + " </label></li>\n</ol>\n",
                md.block("1. [ ] one\n2. [ ]\n", false));
    }

    @Test
    void rawHtmlCannotPutALabelOrABoxInsideTheItemsLabel() {
        String html = md.block("- [x] Call <label>now <input type=\"text\"></label> <b>x</b>\n", true);
        assertEquals(
                "<ul>\n<li class=\"task-list-item\"><label><input class=\"task-list-item-checkbox\" checked disabled"
                        + " type=\"checkbox\"> Call now  <b>x</b></label></li>\n</ul>\n",
                html);
    }
}
