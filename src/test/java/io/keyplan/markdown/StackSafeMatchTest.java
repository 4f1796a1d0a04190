package io.keyplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StackSafeMatchTest {
    private static final Parsing FLEXMARK = new Parsing(new MutableDataSet());

    /** Pieces of titles: quotes, parentheses, escapes (of the closing mark too), NUL, surrogates, line breaks. */
    private static final List<String> TITLE_PIECES = List.of(
            "\"",
            "'",
            "(",
            ")",
            "\\",
            "\\\"",
            "\\'",
            "\\)",
            "\\\\",
            "\\a",
            "a",
            " ",
            "\n",
            "\0",
            "\uD83D\uDE00",
            "\uD83D",
            "*");

    /** Pieces of inline HTML: tag names, attributes, values of every kind, comments, the other constructs. */
    private static final List<String> HTML_PIECES = List.of(
            "<",
            ">",
            "/",
            "/>",
            "a",
            "B",
            "-",
            "--",
            "-->",
            "<!--",
            "<!---->",
            "!",
            "?",
            "<?",
            "?>",
            "<!DOC",
            "<![CDATA[",
            "]]>",
            "</",
            " ",
            "  ",
            "\n",
            "\t",
            "=",
            " = ",
            "x",
            "_",
            ":",
            ".",
            "1",
            "\"",
            "'",
            "\"v w\"",
            "'v'",
            "{",
            "`",
            "\0",
            "\uD83D\uDE00");

    @Test
    void linkTitlesEndWhereFlexmarksPatternEnds() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            String text = random(random, TITLE_PIECES, 12);
            for (int from = 0; from < text.length(); from++) {
                assertEquals(
                        regexEnd(FLEXMARK.LINK_TITLE, text, from),
                        StackSafeMatch.linkTitleEnd(text, from),
                        () -> "title in " + shown(text));
            }
        }
    }

    @Test
    void htmlEndsWhereFlexmarksPatternEnds() {
        Random random = new Random(23);
        for (int i = 0; i < 50_000; i++) {
            String text = random(random, HTML_PIECES, 14);
            for (int from = text.indexOf('<'); from >= 0; from = text.indexOf('<', from + 1)) {
                int start = from;
                assertEquals(
                        regexEnd(FLEXMARK.HTML_TAG, text, start),
                        StackSafeMatch.htmlTagEnd(text, start, FLEXMARK.HTML_TAG),
                        () -> "HTML in " + shown(text) + " from " + start);
            }
        }
    }

    @Test
    void hardCasesOfTheTitlePatternsBacktracking() {
        // The escape \" cannot close the title, but when nothing else does, the backslash alone is text and the quote
        // closes.
        assertTitleEnd(6, "\"abc\\\" x");
        assertTitleEnd(6, "\"abc\\\"");
        assertTitleEnd(9, "\"a\\\"b\\\"c\" d");
        assertTitleEnd(-1, "\"a\0b\"");
        assertTitleEnd(5, "(a(b)");
        assertTitleEnd(-1, "x\"a\"");
    }

    private static void assertTitleEnd(int end, String text) {
        assertEquals(end, regexEnd(FLEXMARK.LINK_TITLE, text, 0), "flexmark's pattern");
        assertEquals(end, StackSafeMatch.linkTitleEnd(text, 0));
    }

    @Test
    void longTitlesCommentsAndTagsNeedNoDeepStack() {
        String words = "a b ".repeat(25_000);
        String title = "\"" + words + "\\\" " + words + "\"";
        String comment = "<!-- " + "-a ".repeat(30_000) + "-->";
        String tag = "<span " + "a=1 b='2' c ".repeat(10_000) + "/>";
        // A quarter of the stack a build's threads have: the JDK's patterns overflow with a tenth of these lengths.
        assertEquals(title.length(), onSmallStack(() -> StackSafeMatch.linkTitleEnd(title, 0)));
        assertEquals(comment.length(), onSmallStack(() -> StackSafeMatch.htmlTagEnd(comment, 0, FLEXMARK.HTML_TAG)));
        assertEquals(tag.length(), onSmallStack(() -> StackSafeMatch.htmlTagEnd(tag, 0, FLEXMARK.HTML_TAG)));
    }

    @Test
    void aLinkWithALongTitleRendersAsALink() {
        Parser parser =
                LinearInlineParser.install(Parser.builder(new MutableDataSet())).build();
        String title = "see the review ".repeat(2_000).strip();
        String html = onSmallStack(() -> HtmlRenderer.builder()
                .build()
                .render(parser.parse(
                        "[plan](plan.html \"" + title + "\") and [ref]\n\n[ref]: r.html '" + title + "'")));
        assertTrue(html.contains("<a href=\"plan.html\" title=\"" + title + "\">plan</a>"), html.substring(0, 200));
        assertTrue(html.contains("<a href=\"r.html\" title=\"" + title + "\">ref</a>"));
    }

    private static int regexEnd(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static String random(Random random, List<String> pieces, int most) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(most) + 1;
        for (int k = 0; k < n; k++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }

    private static <T> T onSmallStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.get());
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                },
                "small-stack",
                256 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (thrown.get() != null) {
            throw new AssertionError("failed on a 256 KB stack", thrown.get());
        }
        return result.get();
    }

    private static String shown(String text) {
        return text.replace("\0", "\\0").replace("\n", "\\n");
    }
}
