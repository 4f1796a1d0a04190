package io.keyplan.render;

import java.nio.file.Path;

/**
 * Writes the test site to a folder to look at it in a browser:
 * {@code mvn -o test-compile exec:java} is not set up, so run this class from the IDE or
 * with the test classpath: {@code java -cp target/classes:target/test-classes:... io.keyplan.render.PreviewSite /tmp/site en}.
 */
public final class PreviewSite {
    private PreviewSite() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview-site");
        String language = args.length > 1 ? args[1] : "en";
        var content = TestSite.content(
                "title: Key Account Portal\norganisation: Example Logistics BV\nlanguage: " + language);
        // A third argument "history" adds the test portfolio's git history (history pages, changes page).
        if (args.length > 2 && args[2].equals("history")) {
            TestSite.render(content, new io.keyplan.site.BuildInfo(TestSite.BUILD_DATE, "1.2.3"), TestSite.history())
                    .saveTo(dir);
        } else {
            TestSite.render(content).saveTo(dir);
        }
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
