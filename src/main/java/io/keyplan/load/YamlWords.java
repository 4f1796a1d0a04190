package io.keyplan.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the YAML parsers' problem texts into words for people who write plans, not parsers.
 * The parsers' own text is never shown: it names tokens and Java classes
 * ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}) that mean nothing to a reader.
 */
final class YamlWords {
    private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.)'");
    /** The longest key SnakeYAML reads. */
    static final int MAX_KEY = 1024;

    private static final String CHECK_LINE = "check quotes, colons and indentation on this line and the one above";

    private YamlWords() {}

    /** The problem at {@code line}:{@code column} in plain words; {@code depthLimit} is named in "too deep". */
    static LoadProblem problem(String parserText, int line, int column, int depthLimit) {
        String p = parserText == null ? "" : parserText;
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("exceeds the limit") || lower.contains("code point limit")) {
            return new LoadProblem("too-large", "the file is too large", "split the content into smaller files", 1, 1);
        }
        if (lower.contains("nesting depth")) {
            return new LoadProblem(
                    "too-deep",
                    "the nesting is deeper than " + depthLimit + " levels",
                    "a plan needs only a few levels; check the indentation",
                    line,
                    column);
        }
        if (p.contains("AliasEvent") || lower.contains("number of aliases") || p.startsWith("found undefined alias")) {
            return new LoadProblem(
                    "alias",
                    "aliases ('*name') are not allowed",
                    "write the value out in full instead of referring to an anchor",
                    line,
                    column);
        }
        if (lower.contains("base64")) { // a !!binary value
            return new LoadProblem(
                    "tag",
                    "YAML tags ('!!binary') are not allowed",
                    "remove the tag; attachments go into the account folder as files",
                    line,
                    column);
        }
        if (lower.contains("tag handle")
                || (lower.contains("while scanning a tag") || lower.contains("expected uri"))) {
            return new LoadProblem(
                    "tag",
                    "YAML tags ('!name') are not allowed",
                    "remove the tag, or put the value in quotes if it starts with '!'",
                    line,
                    column);
        }
        if (p.contains("could not find expected ':'") && column > MAX_KEY) {
            // SnakeYAML gives up on a key after 1,024 characters and says only that the ':' is missing.
            return new LoadProblem(
                    "yaml-syntax",
                    "a key may be at most " + MAX_KEY + " characters long",
                    "shorten the key; a long text belongs after the ': '",
                    line,
                    column);
        }
        String[] words = words(p, lower);
        return new LoadProblem("yaml-syntax", words[0], words[1], line, column);
    }

    private static String[] words(String p, String lower) {
        if (lower.contains("tab") && (lower.contains("indentation") || p.contains("\\t") || p.contains("'\t'"))) {
            return of("a tab character is not allowed here", "indent with spaces, not tabs");
        }
        if (p.contains("mapping values are not allowed")) {
            return of(
                    "unexpected ':' here",
                    "put text that contains ': ' in quotes, or check the indentation of this line");
        }
        if (lower.contains("special characters are not allowed")
                || lower.contains("unacceptable code point")
                || lower.contains("control character")) {
            return of(
                    "the file holds a control character that is not allowed in a YAML file",
                    "delete the character; many editors do not show it, so retype the line if you cannot see it");
        }
        if (p.contains("cannot start any token")) {
            Matcher m = FOUND_CHARACTER.matcher(p);
            String c = m.find() ? "'" + m.group(1) + "'" : "this character";
            return of("a value cannot start with " + c, "put the value in quotes");
        }
        if (lower.contains("unknown escape character") || lower.contains("escape sequence")) {
            return of(
                    "a backslash in a text in double quotes starts an escape that is not known",
                    "write two backslashes for one, or put the text in single quotes instead");
        }
        if (lower.contains("sequence entries are not allowed")) {
            return of(
                    "a list item ('- ') cannot start here",
                    "start the list on the line below the key, indented, or put a text that starts with '- ' in quotes");
        }
        if (lower.contains("mapping keys are not allowed")) {
            return of("'? ' cannot start a key here", "put the text in quotes");
        }
        if (lower.contains("chomping or indentation indicators") || lower.contains("indentation indicator")) {
            return of(
                    "after '|' or '>' only '-' or '+' may follow on the line",
                    "start the text itself on the next line, indented below the key");
        }
        if (lower.contains("expected alphabetic or numeric character")
                || lower.contains("unexpected character found")
                || lower.contains("while scanning an anchor")
                || lower.contains("while scanning an alias")) {
            return of("'&' and '*' start anchors and aliases, which are not allowed", "put the value in quotes");
        }
        if (lower.contains("expected ',' or ']'") || lower.contains("expected ',' or '}'")) {
            return of(
                    "the list in brackets or the set in braces is not closed properly",
                    "separate the items with ', ' and close a '[' with ']' and a '{' with '}'; put items with ': ' in quotes");
        }
        if (lower.contains("found unexpected end")) {
            return of("the file ends inside a quoted text or a bracket", "close the quote or bracket that was opened");
        }
        if (lower.contains("document start")
                || lower.contains("document separator")
                || lower.contains("directive")
                || lower.contains("document end")
                || lower.contains("yaml document")) {
            return of(
                    "a '---' or '...' line, or a line starting with '%', is in the wrong place",
                    "a content file is one YAML document: remove those lines");
        }
        if (p.contains("expected <block end>")
                || p.contains("did not find expected key")
                || p.contains("did not find expected '-'")) {
            return of(
                    "this line does not line up with the lines around it",
                    "check the indentation: items of the same list or mapping start in the same column");
        }
        if (p.contains("could not find expected ':'")) {
            return of(
                    "this line is not a 'key: value' line",
                    "add ': ' after the key, or put a text that goes over several lines in quotes");
        }
        if (lower.contains("expected the node content") || lower.contains("expected a comment or a line break")) {
            return of(
                    "unexpected text here",
                    CHECK_LINE + "; put a value that starts with a special character in quotes");
        }
        if (lower.contains("expected a field name")
                || lower.contains("complex key")
                || lower.contains("expected ' ', but found")) {
            return of(
                    "a key must be a plain text, not a list or a set of 'key: value' lines",
                    "write the key as a word followed by ': '");
        }
        if (lower.contains("duplicate anchor") || lower.contains("anchor")) {
            return of("'&' starts an anchor, which is not allowed", "put the value in quotes");
        }
        return of("the YAML is not valid here", CHECK_LINE);
    }

    private static String[] of(String message, String hint) {
        return new String[] {message, hint};
    }
}
