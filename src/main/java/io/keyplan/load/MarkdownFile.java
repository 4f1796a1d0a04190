package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown file split into its optional YAML front matter ({@code ---} lines) and body.
 * The front matter goes through the same safe reader as {@code account.yaml}, with line
 * numbers counted from the top of the Markdown file.
 *
 * @param frontMatter null when the file has none
 */
record MarkdownFile(YamlNode.Mapping frontMatter, String body, SourceSpan source) {

    /** Null when the file cannot be used; the reason is reported. */
    static MarkdownFile read(Path file, String display, Diagnostics diagnostics) {
        try {
            return split(TextFiles.read(file), display, diagnostics);
        } catch (LoadProblem p) {
            Problems.report(diagnostics, display, p);
            return null;
        }
    }

    static MarkdownFile split(String text, String display, Diagnostics diagnostics) throws LoadProblem {
        SourceSpan source = SourceSpan.file(display);
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !isFence(lines[0])) {
            return new MarkdownFile(null, text, source);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i]) || lines[i].strip().equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new LoadProblem("yaml-syntax", "the front matter that starts on line 1 has no closing '---' line",
                    "add a line with only '---' after the front matter", 1, 1);
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        YamlNode.Mapping front;
        if (yaml.toString().isBlank()) {
            front = new YamlNode.Mapping(List.of(), new SourceSpan(display, 1, 1));
        } else {
            List<LoadProblem> problems = new ArrayList<>();
            front = SafeYamlReader.parse(display, yaml.toString(), 1, problems);
            problems.forEach(p -> Problems.report(diagnostics, display, p));
        }
        return new MarkdownFile(front, body.toString(), source);
    }

    private static boolean isFence(String line) {
        return line.strip().equals("---");
    }

    /**
     * Reads a note or free page, whose file name becomes its address: the name must follow the
     * slug rule and the file must lie inside the content folder. Null after reporting when not.
     */
    static MarkdownFile readNamed(Path file, String kind, ContentFiles files, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String shown = files.display(file);
        if (!Slugs.isValid(base)) {
            diagnostics.error(io.keyplan.model.SourceSpan.file(shown), "slug", "the " + kind + " name '" + base
                    + "' may hold only lower-case letters, digits and '-'",
                    "rename it to '" + Slugs.suggest(base) + ".md'");
            return null;
        }
        if (!files.checkInside(file)) {
            return null;
        }
        return read(file, shown, diagnostics);
    }
}
