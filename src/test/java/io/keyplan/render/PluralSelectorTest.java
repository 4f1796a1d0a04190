package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plural selector of UI texts ({@code {0|day|days}}) is matched without recursion: a form of
 * thousands of characters in a theme's i18n file needs no deep stack, and every text is split as
 * the earlier, recursive pattern split it.
 */
class PluralSelectorTest {
    /** The pattern before it was made possessive: each character of a form one level deeper in the stack. */
    private static final Pattern RECURSIVE =
            Pattern.compile("\\{(\\d)\\|((?:[^{}|]|\\{\\d})*)\\|((?:[^{}|]|\\{\\d})*)}");

    /** Pieces of texts: selectors' parts, arguments, stray braces and bars, digits, surrogates, line breaks. */
    private static final List<String> PIECES = List.of(
            "{",
            "}",
            "|",
            "{0",
            "{1|",
            "{0}",
            "{9}",
            "{x}",
            "0",
            "1",
            "a",
            " ",
            "day",
            "\n",
            "\uD83D\uDE00",
            "\uD83D",
            "{{",
            "||",
            "}}",
            "{0|",
            "|}");

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return out;
    }

    @Test
    void theSameMatchesAsTheRecursivePatternOnRandomTexts() {
        Random random = new Random(31);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(24) + 1;
            for (int k = 0; k < n; k++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = b.toString();
            assertEquals(matches(RECURSIVE, text), matches(Messages.SELECTOR, text), text);
        }
    }

    @Test
    void aLongFormNeedsNoDeepStack() {
        String one = "day {1} ".repeat(2_000);
        String other = "days".repeat(5_000);
        Messages m = new Messages("en", Map.of("k", "{0} {0|" + one + "|" + other + "}", "open", "{0|" + one));
        assertEquals("1 " + one.replace("{1}", "x"), onSmallStack(() -> m.get("k", 1, "x")));
        assertEquals("2 " + other, onSmallStack(() -> m.get("k", 2, "x")));
        assertEquals("{0|" + one, onSmallStack(() -> m.get("open")));
    }

    /** The old pattern does overflow there: the test above tests something. */
    @Test
    void theRecursivePatternOverflowsOnTheSameText() {
        String text = "{0|" + "day {1} ".repeat(2_000) + "|days}";
        Throwable thrown = thrownOnSmallStack(() -> RECURSIVE.matcher(text).find());
        assertEquals(StackOverflowError.class, thrown == null ? null : thrown.getClass());
    }

    private static <T> T onSmallStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        Throwable thrown = thrownOnSmallStack(() -> result.set(work.get()));
        if (thrown != null) {
            throw new AssertionError("failed on a 256 KB stack", thrown);
        }
        return result.get();
    }

    /** What {@code work} threw on a thread with a 256 KB stack; null when it returned. */
    private static Throwable thrownOnSmallStack(Runnable work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        work.run();
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                },
                "small-stack",
                256 * 1024);
        t.start();
        join(t);
        return thrown.get();
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
