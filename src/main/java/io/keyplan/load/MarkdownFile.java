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
        return read(file, null, display, diagnostics);
    }

    /** {@link #read(Path, String, Diagnostics)} of the bytes {@code given} when not null. */
    static MarkdownFile read(Path file, byte[] given, String display, Diagnostics diagnostics) {
        try {
            return split(TextFiles.read(file, given, null), display, diagnostics);
        } catch (LoadProblem p) {
            Problems.report(diagnostics, display, p);
            return null;
        }
    }

    static MarkdownFile split(String text, String display, Diagnostics diagnostics) throws LoadProblem {
        SourceSpan source = SourceSpan.file(display);
        // The fences are Markdown lines (ended by LF, CR LF or CR); what lies between them is
        // handed to the YAML reader as it is, so that it counts its lines as in a .yaml file.
        java.util.regex.Matcher br = LineBreaks.MARKDOWN.matcher(text);
        int firstEnd = br.find() ? br.start() : text.length();
        if (!isFence(text.substring(0, firstEnd))) {
            return new MarkdownFile(null, ControlCharacters.markdown(text, text, display, diagnostics), source);
        }
        int yamlStart = firstEnd == text.length() ? text.length() : br.end();
        int yamlEnd = -1;
        int bodyStart = -1;
        int lineStart = yamlStart;
        while (yamlStart < text.length()) {
            boolean more = br.find();
            int lineEnd = more ? br.start() : text.length();
            String line = text.substring(lineStart, lineEnd);
            if (isFence(line) || line.strip().equals("...")) {
                yamlEnd = lineStart;
                bodyStart = more ? br.end() : text.length();
                break;
            }
            if (!more) {
                break;
            }
            lineStart = br.end();
        }
        if (yamlEnd < 0) {
            throw new LoadProblem(
                    "yaml-syntax",
                    "the front matter that starts on line 1 has no closing '---' line",
                    "add a line with only '---' after the front matter",
                    1,
                    1);
        }
        String yaml = text.substring(yamlStart, yamlEnd);
        String body = ControlCharacters.markdown(text, text.substring(bodyStart), display, diagnostics);
        YamlNode.Mapping front;
        if (yaml.isBlank()) {
            front = new YamlNode.Mapping(List.of(), new SourceSpan(display, 1, 1));
        } else {
            List<LoadProblem> problems = new ArrayList<>();
            front = SafeYamlReader.parse(display, yaml, 1, problems);
            problems.forEach(p -> Problems.report(diagnostics, display, p));
        }
        return new MarkdownFile(front, body, source);
    }

    private static boolean isFence(String line) {
        return line.strip().equals("---");
    }

    /**
     * Reads a note or free page, whose file name becomes its address: the name must follow the
     * slug rule and the file must lie inside the content folder. Null after reporting when not.
     */
    static MarkdownFile readNamed(Path file, String kind, ContentFiles files, Diagnostics diagnostics) {
        return readNamed(file, null, kind, files, diagnostics);
    }

    /** {@link #readNamed(Path, String, ContentFiles, Diagnostics)} of the bytes {@code given} when not null. */
    static MarkdownFile readNamed(Path file, byte[] given, String kind, ContentFiles files, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String shown = files.display(file);
        if (!Slugs.isValid(base)) {
            diagnostics.error(
                    io.keyplan.model.SourceSpan.file(shown),
                    "slug",
                    "the " + kind + " name '" + base + "' may hold only lower-case letters, digits and '-'",
                    "rename it to '" + Slugs.suggest(base) + ".md'");
            return null;
        }
        if (!files.checkInside(file)) {
            return null;
        }
        return read(file, given, shown, diagnostics);
    }
}
