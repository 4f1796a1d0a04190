package io.keyplan.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.keyplan.diagnostic.Printable;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with positions, refusing what a content file never
 * needs and an attacker would use: aliases, explicit tags, deep nesting, huge input.
 * Duplicate keys are reported (naming the first occurrence) and the first value is kept.
 */
final class SafeYamlReader {
    /** Deepest allowed nesting of lists and mappings. */
    public static final int MAX_DEPTH = YamlLimits.MAX_DEPTH;

    static final int MAX_ALIASES = 10;

    /** Made on first use: most files never need it ({@link SimpleYaml}), and it loads SnakeYAML. */
    private static final class Factory {
        static final YAMLFactory INSTANCE = createFactory();
    }

    private final String file;
    private final String[] lines;
    private final int lineOffset;
    private final List<LoadProblem> duplicates = new ArrayList<>();

    private SafeYamlReader(String file, String text, int lineOffset) {
        this.file = file;
        this.lines = LineBreaks.yamlLines(text);
        this.lineOffset = lineOffset;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit((int) TextFiles.MAX_BYTES + 1024);
        options.setAllowDuplicateKeys(true); // we report them ourselves, with both lines
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 5)
                        .build())
                .build();
    }

    /**
     * Parses one YAML document whose top level must be a mapping.
     *
     * @param lineOffset added to every line number (front matter starts below the first {@code ---})
     * @param problems   receives the duplicate-key problems and the warnings about characters left out
     *                   of values ({@link ControlCharacters}); the document is still returned
     * @throws LoadProblem when the document cannot be used at all
     */
    static YamlNode.Mapping parse(String file, String text, int lineOffset, List<LoadProblem> problems)
            throws LoadProblem {
        YamlNode.Mapping simple = SimpleYaml.parse(file, text, lineOffset, problems);
        YamlNode.Mapping root = simple != null ? simple : parseFully(file, text, lineOffset, problems);
        // Once here, for both readers: every value of every YAML file and front matter passes this way.
        return ControlCharacters.yaml(root, text, lineOffset, problems);
    }

    /** {@link #parse} always through SnakeYAML; package-private so a test can hold {@link SimpleYaml} to it. */
    static YamlNode.Mapping parseFully(String file, String text, int lineOffset, List<LoadProblem> problems)
            throws LoadProblem {
        SafeYamlReader reader = new SafeYamlReader(file, text, lineOffset);
        YamlNode root = reader.parseDocument(text);
        problems.addAll(reader.duplicates);
        if (root == null) {
            throw new LoadProblem(
                    "empty-file",
                    "the file is empty",
                    "write at least one 'key: value' line, or delete the file",
                    1 + lineOffset,
                    1);
        }
        if (!(root instanceof YamlNode.Mapping m)) {
            throw new LoadProblem(
                    "type",
                    "the file must consist of 'key: value' lines, but it is " + Binder.describe(root),
                    null,
                    root.at().line(),
                    root.at().column());
        }
        return m;
    }

    private YamlNode parseDocument(String text) throws LoadProblem {
        try (YAMLParser p = (YAMLParser) Factory.INSTANCE.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            YamlNode root = node(p, 0);
            if (p.nextToken() != null) {
                SourceSpan at = span(p.currentTokenLocation());
                throw new LoadProblem(
                        "yaml-syntax",
                        "the file holds more than one YAML document",
                        "remove the '---' line; a content file is one document",
                        at.line(),
                        at.column());
            }
            return root;
        } catch (LoadProblem e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw syntax(e);
        }
    }

    private YamlNode node(YAMLParser p, int depth) throws IOException, LoadProblem {
        SourceSpan at = span(p.currentTokenLocation());
        if (p.isCurrentAlias()) {
            throw new LoadProblem(
                    "alias",
                    "aliases ('*" + Printable.shorten(p.getText()) + "') are not allowed",
                    "write the value out in full instead of referring to an anchor",
                    at.line(),
                    at.column());
        }
        String tag = p.getTypeId();
        if (tag != null) {
            String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            throw new LoadProblem(
                    "tag",
                    "YAML tags ('" + Printable.shorten(written) + "') are not allowed",
                    "remove the tag; values are plain text, numbers, lists and 'key: value' lines",
                    at.line(),
                    at.column());
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (depth >= MAX_DEPTH) {
                throw new LoadProblem(
                        "too-deep",
                        "the nesting is deeper than " + MAX_DEPTH + " levels",
                        "a plan needs only a few levels; check the indentation",
                        at.line(),
                        at.column());
            }
        }
        if (t == JsonToken.START_OBJECT) {
            return mapping(p, depth, at);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(p.getText() == null ? "" : p.getText(), false, true, at);
        }
        String text = p.getText();
        wholeCharacters(text, at);
        return new YamlNode.Scalar(text == null ? "" : text, isQuoted(at), false, at);
    }

    private YamlNode.Mapping mapping(YAMLParser p, int depth, SourceSpan at) throws IOException, LoadProblem {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, SourceSpan> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            SourceSpan keyAt = span(p.currentTokenLocation());
            if (p.isCurrentAlias()) {
                throw new LoadProblem("alias", "aliases are not allowed", null, keyAt.line(), keyAt.column());
            }
            String key = p.currentName();
            wholeCharacters(key, keyAt);
            YamlNode.Scalar keyNode = new YamlNode.Scalar(key == null ? "" : key, isQuoted(keyAt), false, keyAt);
            p.nextToken();
            YamlNode value = node(p, depth + 1);
            SourceSpan first = seen.putIfAbsent(keyNode.text(), keyAt);
            if (first != null) {
                duplicates.add(LoadProblem.duplicateKey(keyNode.text(), first.line(), keyAt.line(), keyAt.column()));
            } else {
                entries.add(new YamlNode.Entry(keyNode, value));
            }
        }
        return new YamlNode.Mapping(entries, at);
    }

    /**
     * A {@code "\\uD800"} escape gives half of a character, which no file can hold: the build
     * would stop when writing it. The file itself is valid UTF-8, so only an escape can do this.
     */
    private static void wholeCharacters(String text, SourceSpan at) throws LoadProblem {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new LoadProblem(
                        "encoding",
                        String.format(
                                "the text is not valid Unicode: the escape \\u%04X" + " is half of a character",
                                (int) c),
                        "write the character itself, or both halves of it (like \\uD83D\\uDE00)",
                        at.line(),
                        at.column());
            }
        }
    }

    /** The parser does not say whether a scalar was quoted, so look at the source. */
    private boolean isQuoted(SourceSpan at) {
        int index = at.line() - lineOffset - 1;
        if (index < 0 || index >= lines.length) {
            return false;
        }
        String line = lines[index];
        int cps = line.codePointCount(0, line.length());
        if (at.column() - 1 >= cps) {
            return false;
        }
        int c = line.codePointAt(line.offsetByCodePoints(0, at.column() - 1));
        return c == '"' || c == '\'';
    }

    private SourceSpan span(JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return new SourceSpan(file, 0, 0);
        }
        return new SourceSpan(file, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    private LoadProblem syntax(Throwable e) {
        Throwable c = e;
        while (c != null && !(c instanceof MarkedYAMLException) && c.getCause() != c) {
            c = c.getCause();
        }
        if (c instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            return YamlWords.problem(
                    firstLine(m.getProblem() == null ? m.getMessage() : m.getProblem()), line, column, MAX_DEPTH);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            SourceSpan at = span(j.getLocation());
            return YamlWords.problem(firstLine(j.getOriginalMessage()), at.line(), at.column(), MAX_DEPTH);
        }
        return YamlWords.problem(firstLine(e.getMessage()), 0, 0, MAX_DEPTH);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
