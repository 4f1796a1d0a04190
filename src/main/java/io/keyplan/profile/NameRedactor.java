package io.keyplan.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Withholds key players' full names from a text in every written form a reader would
 * recognise, and finds their surnames standing on their own. Linear in the length of the text
 * plus the total length of the names: the names are looked up word by word in one automaton
 * ({@link NameIndex}), not tried one after another.
 *
 * <p>The promise is on the result: a text in which a name can still be found, however it is
 * read ({@link NameScan}), after the names were cut out, is withheld as a whole.
 */
final class NameRedactor {
    private final NameIndex index;
    private final String marker;

    /** {@code players}: each key player's name -> the slug of (one of) the account(s) it belongs to. */
    NameRedactor(Map<String, String> players, String marker) {
        this.index = new NameIndex(players);
        this.marker = marker;
    }

    /** A surname standing on its own: where it starts in the text, and whose it is. */
    record Surname(int offset, String shown, String account) {}

    /**
     * What a text becomes on the public site, and the surnames left standing alone in it, with
     * their offsets in the original text.
     */
    record Released(String text, List<Surname> surnames) {}

    /** The text with every key player's full name replaced by the marker; null stays null. */
    String redact(String text) {
        return release(text, false).text();
    }

    Released release(String text, boolean withSurnames) {
        if (text == null || text.isEmpty()) {
            return new Released(text, List.of());
        }
        // Bidi overrides and isolates make a browser show letters in another order than they are
        // stored ("\u202Eskirdneh\u202C" reads "hendriks"): released text loses them, so what is
        // matched is what is shown.
        text = controlsAsSpaces(withoutBidiControls(text));
        Markup markup = Markup.of(text);
        Decoded decoded = Decoded.of(text);
        Cuts cuts = new Cuts(text, markup);
        NameScan.scan(text, decoded, markup, index, index.names, (s, e, p) -> cuts.add(s, e));
        if (cuts.isEmpty()) {
            return new Released(text, withSurnames ? surnames(text, decoded, markup, List.of()) : List.of());
        }
        String cut = cuts.apply(marker);
        if (!holdsName(cut)) {
            return new Released(cut, withSurnames ? surnames(text, decoded, markup, cuts.taken()) : List.of());
        }
        // The name survives the cuts (markup too tangled to cut cleanly): nothing of the text is released.
        return new Released(holdsName(marker) ? "" : marker, List.of());
    }

    /** True when a key player's full name can be read anywhere in the text. */
    boolean holdsName(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        boolean[] found = {false};
        NameScan.scan(text, Decoded.of(text), Markup.of(text), index, index.names, (s, e, p) -> found[0] = true);
        return found[0];
    }

    /** Key players' surnames on their own in the text, outside what was cut out; the first place of each. */
    private List<Surname> surnames(String text, Decoded decoded, Markup markup, List<int[]> taken) {
        if (index.surnames.longest() == 0) {
            return List.of();
        }
        Map<Integer, Surname> first = new TreeMap<>();
        Map<Integer, Integer> seen = new java.util.HashMap<>();
        NameScan.scan(text, decoded, markup, index, index.surnames, (s, e, p) -> {
            NameIndex.Surname info = index.surnameInfo.get(p);
            if (overlaps(taken, s[0], e[e.length - 1]) || info.exactCase() && !sameSpelling(text, s, e, info.shown())) {
                return;
            }
            Integer before = seen.get(p);
            if (before == null || s[0] < before) {
                if (before != null) {
                    first.remove(before);
                }
                seen.put(p, s[0]);
                first.put(s[0], new Surname(s[0], info.shown(), info.account()));
            }
        });
        return new ArrayList<>(first.values());
    }

    /** True when [from, to) overlaps one of the sorted, disjoint ranges. */
    private static boolean overlaps(List<int[]> ranges, int from, int to) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = ranges.get(mid);
            if (r[1] <= from) {
                lo = mid + 1;
            } else if (r[0] >= to) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The found words spelled exactly as the surname (case and all), not only alike once folded. */
    private static boolean sameSpelling(String text, int[] starts, int[] ends, String shown) {
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < starts.length; i++) {
            text.substring(starts[i], ends[i])
                    .codePoints()
                    .filter(cp -> Character.isLetterOrDigit(cp))
                    .forEach(written::appendCodePoint);
        }
        StringBuilder wanted = new StringBuilder();
        shown.codePoints().filter(Character::isLetterOrDigit).forEach(wanted::appendCodePoint);
        return java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC)
                .equals(java.text.Normalizer.normalize(wanted, java.text.Normalizer.Form.NFC));
    }

    /** {@code text} without the embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). */
    static String withoutBidiControls(String text) {
        int i = 0;
        while (i < text.length() && !isBidiControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBidiControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code text} with each control character other than tab and line breaks (C0, DEL, C1) as a
     * space: a browser shows none of them as a letter (NUL becomes U+FFFD), so to a reader they
     * end a word, and "Peters\u0005r" reads as the name Peters. Offsets stay where they were.
     */
    static String controlsAsSpaces(String text) {
        int i = 0;
        while (i < text.length() && !isHiddenControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (isHiddenControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean isHiddenControl(char c) {
        return (c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F');
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
