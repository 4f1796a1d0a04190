package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KEYPLAN_JAVA_OPTIONS is split as the JDK splits JDK_JAVA_OPTIONS. */
class JavaOptionsTest {
    @Test
    void whiteSpaceSeparatesQuotesKeepSpacesTogether() {
        assertEquals(List.of(), JavaOptions.split(""));
        assertEquals(List.of(), JavaOptions.split(" \t\n "));
        assertEquals(List.of("-Xmx1g", "-XX:+UseParallelGC"), JavaOptions.split(" -Xmx1g \t -XX:+UseParallelGC\n"));
        assertEquals(List.of("-Dx=a b"), JavaOptions.split("-Dx=\"a b\""));
        assertEquals(List.of("-Dx=a b"), JavaOptions.split("'-Dx=a b'"));
        assertEquals(List.of("-Dx=a  b", "-Xss4m"), JavaOptions.split("\"-Dx=a  b\" -Xss4m"));
        assertEquals(List.of("-Dtitle=it's", "-Dq=say \"hi\""), JavaOptions.split("\"-Dtitle=it's\" '-Dq=say \"hi\"'"));
        assertEquals(List.of("", "-Xmx1g"), JavaOptions.split("\"\" -Xmx1g"), "an empty quoted option is an option");
        assertEquals(
                List.of("-Dpath=C:\\Program Files\\x"),
                JavaOptions.split("\"-Dpath=C:\\Program Files\\x\""),
                "backslashes stay: Windows paths");
        assertEquals(List.of("-Da=1b=2"), JavaOptions.split("-Da=1\"\"b=2"));
    }

    @Test
    void anUnclosedQuoteIsAUsageErrorWithAPlainMessage() {
        for (String text : List.of("-Dx=\"a b", "'-Dx=a b", "-Xmx1g \"", "-Dx='a\"")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaOptions.split(text));
            assertTrue(
                    e.getMessage().startsWith("KEYPLAN_JAVA_OPTIONS has a ")
                            && e.getMessage().contains("not closed"),
                    e.getMessage());
        }
    }

    @Test
    void theLauncherPassesQuotedOptionsAsOne() {
        List<String> c = Launcher.command(
                        Main.class,
                        new String[] {"build"},
                        List.of("-jar", "/k.jar", "build"),
                        "/k.jar",
                        "/jdk",
                        Map.of("KEYPLAN_JAVA_OPTIONS", "-Xmx1g '-Dkeyplan.title=Key accounts' \"-Dother=a b\""),
                        false,
                        null)
                .orElseThrow();
        assertEquals(
                List.of("-Xmx1g", "-Dkeyplan.title=Key accounts", "-Dother=a b", "-Dkeyplan.launched=true"),
                c.subList(1, 5));
        assertThrows(
                IllegalArgumentException.class,
                () -> Launcher.command(
                        Main.class,
                        new String[] {"build"},
                        List.of("-jar", "/k.jar", "build"),
                        "/k.jar",
                        "/jdk",
                        Map.of("KEYPLAN_JAVA_OPTIONS", "-Dx=\"a b"),
                        false,
                        null));
    }
}
