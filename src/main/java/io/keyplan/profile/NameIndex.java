package io.keyplan.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every written form of the key players' names, as word patterns for {@link TokenAutomaton}s:
 * a name's words in their order and turned around at any word ("Zwartkop, Hendrik",
 * "de Boer, Anna"), with neighbouring words also written together ("HendrikZwartkop",
 * "hendrikzwartkop.com", "AnnadeBoer"). Separately, each player's surname on its own, for a warning.
 * Words are compared folded ({@link Fold}). Built once per build; immutable.
 */
final class NameIndex {
    /** Name particles that are no surname on their own: "de" in "Anna de Boer". */
    private static final Set<String> PARTICLES = Set.of(
            "de", "den", "der", "des", "van", "von", "vom", "zu", "zum", "zur", "da", "das", "do", "dos", "du", "del",
            "della", "di", "la", "le", "lo", "ten", "ter", "te", "t", "bin", "ibn", "al", "el", "y", "e", "of", "st",
            "mac", "mc", "o");

    /**
     * All the patterns of one name: with n words, n turns times 2^(n-1) ways to join; for longer
     * names, each turn only apart and all together. (Words that only an invisible character or
     * markup joins are read apart by {@link NameScan} anyway: joined patterns are for names really
     * written together, "AnnadeBoer".)
     */
    private static final int ALL_JOINS_UP_TO = 3;

    private static final int ALL_TURNS_UP_TO = 12;

    /** What the surname patterns stand for, by pattern id. */
    record Surname(String shown, String account, boolean exactCase) {}

    private final Map<String, Integer> words = new HashMap<>();
    final TokenAutomaton names;
    final TokenAutomaton surnames;
    final List<Surname> surnameInfo = new ArrayList<>();

    /** {@code players}: name -> slug of the account it belongs to (the first, when several do). */
    NameIndex(Map<String, String> players) {
        TokenAutomaton.Builder full = new TokenAutomaton.Builder();
        TokenAutomaton.Builder family = new TokenAutomaton.Builder();
        for (Map.Entry<String, String> p : players.entrySet()) {
            NameWords name = NameWords.of(p.getKey(), false);
            if (name.folded.isEmpty()) {
                continue;
            }
            for (List<String> form : fullForms(name.folded)) {
                full.add(ids(form), 0);
            }
            // A control character or zero-width space inside the name may be read as a space, as
            // NameScan reads the text: "Zwart<U+0011>ters" is then "Zwart ters", found word by word.
            NameWords split = NameWords.of(p.getKey(), true);
            if (!split.folded.equals(name.folded)) {
                for (List<String> form : fullForms(split.folded)) {
                    full.add(ids(form), 0);
                }
            }
            addSurnames(name, p.getValue(), family);
        }
        this.names = full.build();
        this.surnames = family.build();
    }

    /** The id of a folded word, or {@link TokenAutomaton#UNKNOWN} when no pattern has it. */
    int word(CharSequence folded) {
        Integer id = words.get(folded.toString());
        return id == null ? TokenAutomaton.UNKNOWN : id;
    }

    private int[] ids(List<String> form) {
        int[] out = new int[form.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.computeIfAbsent(form.get(i), w -> words.size());
        }
        return out;
    }

    static List<List<String>> fullForms(List<String> w) {
        int n = w.size();
        List<List<String>> out = new ArrayList<>();
        List<Integer> turns = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (n <= ALL_TURNS_UP_TO || r == 0 || r == n - 1) {
                turns.add(r);
            }
        }
        for (int r : turns) {
            List<String> turned = new ArrayList<>(w.subList(r, n));
            turned.addAll(w.subList(0, r));
            if (n <= ALL_JOINS_UP_TO) {
                for (int mask = 0; mask < 1 << (n - 1); mask++) {
                    out.add(joined(turned, mask));
                }
            } else {
                out.add(turned);
                out.add(List.of(String.join("", turned)));
            }
        }
        return out;
    }

    /** Bit i of {@code mask} set: word i and i+1 written together. */
    private static List<String> joined(List<String> w, int mask) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(w.get(0));
        for (int i = 1; i < w.size(); i++) {
            if ((mask & 1 << (i - 1)) != 0) {
                cur.append(w.get(i));
            } else {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(w.get(i));
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * The family part of a name is everything after the first word, or everything before the
     * comma of "Zwartkop, Hendrik". It is matched as a whole ("de Boer", "O'Brien", "OBrien") and
     * word by word ("García" of "García Márquez"), without particles and one-letter words.
     */
    private void addSurnames(NameWords name, String account, TokenAutomaton.Builder family) {
        List<String> w = name.folded;
        if (w.size() < 2) {
            return; // a one-word name is withheld whole; it has no surname of its own
        }
        int from = name.comma > 0 ? 0 : 1;
        int to = name.comma > 0 ? name.comma : w.size();
        List<String> part = w.subList(from, to);
        List<List<String>> forms = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (part.size() > 1) {
            forms.add(part);
            labels.add(name.written(from, to));
            forms.add(List.of(String.join("", part)));
            labels.add(name.written(from, to));
        }
        for (int i = 0; i < part.size(); i++) {
            if (!PARTICLES.contains(part.get(i))) {
                forms.add(List.of(part.get(i)));
                labels.add(name.written(from + i, from + i + 1));
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            String letters = String.join("", forms.get(i));
            if (letters.codePointCount(0, letters.length()) < 2) {
                continue;
            }
            // Two letters ("Li", "Wu", "Ng") are also common words: only the exact spelling counts.
            boolean exact = letters.codePointCount(0, letters.length()) <= 2;
            family.add(ids(forms.get(i)), surnameInfo.size());
            surnameInfo.add(new Surname(labels.get(i), account, exact));
        }
    }

    /** A name cut into words: folded for matching, and where each word is in the name as written. */
    record NameWords(List<String> folded, int comma, String name, int[] starts, int[] ends) {
        /** Words {@code from} to {@code to} (exclusive) as the name writes them: "O'Brien", "de Boer". */
        String written(int from, int to) {
            return name.substring(starts[from], ends[to - 1]);
        }

        /** {@code splitAtInvisibleSpaces}: read an invisible character that may stand for a space ({@link Fold#isInvisibleSpace}) as one. */
        static NameWords of(String name, boolean splitAtInvisibleSpaces) {
            List<String> folded = new ArrayList<>();
            int[] starts = new int[8];
            int[] ends = new int[8];
            int comma = -1;
            StringBuilder f = new StringBuilder();
            int start = -1;
            int end = -1;
            Decoded d = Decoded.of(name);
            for (int k = 0; k <= d.length; k++) {
                String fold = k == d.length || splitAtInvisibleSpaces && Fold.isInvisibleSpace(d.cps[k])
                        ? " "
                        : Fold.of(d.cps[k]);
                for (int i = 0; i < fold.length(); i++) {
                    char c = fold.charAt(i);
                    if (Fold.isWordChar(c)) {
                        f.append(c);
                        start = start < 0 ? d.start[k] : start;
                        end = d.end[k];
                    } else if (f.length() > 0) {
                        if (folded.size() == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                            ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                        }
                        starts[folded.size()] = start;
                        ends[folded.size()] = end;
                        folded.add(f.toString());
                        f.setLength(0);
                        start = -1;
                    }
                }
                if (k < d.length && d.cps[k] == ',' && comma < 0 && !folded.isEmpty()) {
                    comma = folded.size();
                }
            }
            return new NameWords(folded, comma >= folded.size() ? -1 : comma, name, starts, ends);
        }
    }
}
