package io.keyplan.profile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One character as a reader compares it: compatibility forms unfolded (NFKC: full-width,
 * ligatures, mathematical and circled letters), accents dropped, case folded. Characters a reader
 * does not see (soft hyphen, zero-width spaces and joiners, direction marks, combining marks,
 * fillers) fold to nothing, so they can neither split nor disguise a name.
 *
 * <p>Accents are dropped on purpose: "Muller" and "Müller" are the same person to a reader, and
 * decomposed (NFD) and composed (NFC) spellings must compare equal anyway.
 */
final class Fold {
    /** Folded forms of the Basic Multilingual Plane, filled on first use; other planes are rare. */
    private static final String[] BMP = new String[0x10000];

    private Fold() {}

    /** The folded form of one code point: "" when invisible, else one or more characters. */
    static String of(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return ASCII_LOWER[cp - 'A'];
            }
            return (cp < 0x20 && !isLineSpace(cp)) || cp == 0x7f ? "" : ASCII[cp];
        }
        if (cp < 0x10000) {
            String f = BMP[cp];
            if (f == null) {
                f = compute(cp);
                BMP[cp] = f; // racy but idempotent: every thread computes the same string
            }
            return f;
        }
        return compute(cp);
    }

    /** A whole string folded, character by character (the same as the texts are compared in). */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(of(cp)));
        return out.toString();
    }

    /** True for what joins the letters of a word once folded: letters and digits. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True for a code point that is not seen, so it neither shows nor separates words. */
    static boolean isInvisible(int cp) {
        if (cp < 0x20 || cp >= 0x7f && cp < 0xa0) {
            return !isLineSpace(cp);
        }
        switch (cp) {
            case 0x115f:
            case 0x1160:
            case 0x3164:
            case 0xffa0: // Hangul fillers: letters that show nothing
            case 0x2800: // braille blank
                return true;
            default:
                break;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /**
     * True for an invisible character that may stand for a space between words (a zero-width
     * space, a soft hyphen, a direction mark, a control character), unlike a combining mark, which
     * belongs to its letter.
     */
    static boolean isInvisibleSpace(int cp) {
        if (cp < 0x20 || cp >= 0x7f && cp < 0xa0) {
            return !isLineSpace(cp);
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || cp == 0x115f || cp == 0x1160 || cp == 0x3164 || cp == 0xffa0 || cp == 0x2800;
    }

    private static boolean isLineSpace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x85;
    }

    private static String compute(int cp) {
        if (isInvisible(cp)) {
            return "";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isInvisible(c)).forEach(kept::appendCodePoint);
        // Upper then lower: "ß" becomes "ss", final sigma and sigma agree, dotted capital I loses its dot.
        String folded = kept.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String again = Normalizer.normalize(folded, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(again.length());
        again.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final String[] ASCII = new String[0x80];
    private static final String[] ASCII_LOWER = new String[26];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
        for (int c = 0; c < 26; c++) {
            ASCII_LOWER[c] = String.valueOf((char) ('a' + c));
        }
    }
}
