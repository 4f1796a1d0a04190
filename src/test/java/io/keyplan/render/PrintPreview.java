package io.keyplan.render;

import java.nio.file.Path;

/** Writes the example portfolio's site (printed views included) to a folder, to look at them. */
public final class PrintPreview {
    private PrintPreview() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/print-preview");
        TestSite.render(ExampleContent.load()).saveTo(dir);
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
