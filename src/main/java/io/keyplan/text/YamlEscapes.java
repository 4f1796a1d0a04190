package io.keyplan.text;

/**
 * The escapes of YAML's double-quoted texts ({@code \x01}, {@code \u00E9}, {@code \n}, {@code \_} ...),
 * read where a file writes them. Finding a value's characters in the file, to give a finding its
 * column, needs to know what an escape stands for and how long it is; the loader and the public
 * profile both do that, and must agree with each other and with the YAML reader.
 */
public final class YamlEscapes {
    private YamlEscapes() {}

    /**
     * The escape whose backslash is at {@code j}: the code point it stands for and the offset after it,
     * or null when {@code text} holds no valid escape there.
     */
    public static int[] at(String text, int j) {
        if (j + 1 >= text.length()) {
            return null;
        }
        char c = text.charAt(j + 1);
        int hex = switch (c) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (hex > 0) {
            if (j + 2 + hex > text.length()) {
                return null;
            }
            try {
                int cp = Integer.parseInt(text, j + 2, j + 2 + hex, 16);
                return Character.isValidCodePoint(cp) ? new int[] {cp, j + 2 + hex} : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int cp = switch (c) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't', '\t' -> 9;
            case 'n' -> 10;
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> 13;
            case 'e' -> 27;
            case ' ' -> ' ';
            case '"' -> '"';
            case '/' -> '/';
            case '\\' -> '\\';
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> -1;
        };
        return cp < 0 ? null : new int[] {cp, j + 2};
    }
}
