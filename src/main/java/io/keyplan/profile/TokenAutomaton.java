package io.keyplan.profile;

import java.util.Arrays;

/**
 * Aho-Corasick over words instead of characters: finds every pattern (a sequence of word ids)
 * in a stream of words in one pass, whatever the number of patterns. Matching costs a constant
 * per word on average, so a text is searched for 20,000 names as fast as for one. Immutable once
 * built.
 */
final class TokenAutomaton {
    /** Word id of a word that is in no pattern: it sends the automaton back to its start. */
    static final int UNKNOWN = -1;

    private final LongIntMap edges;
    private final int[] fail;
    /** Length in words of the longest pattern ending at each state, through its failure links too; 0 for none. */
    private final int[] outLength;
    /** The pattern of {@link #outLength}. */
    private final int[] outPattern;

    private final int longest;

    private TokenAutomaton(LongIntMap edges, int[] fail, int[] outLength, int[] outPattern, int longest) {
        this.edges = edges;
        this.fail = fail;
        this.outLength = outLength;
        this.outPattern = outPattern;
        this.longest = longest;
    }

    int step(int state, int word) {
        if (word == UNKNOWN) {
            return 0;
        }
        int s = state;
        while (true) {
            int next = edges.get(key(s, word));
            if (next >= 0) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Words in the longest pattern that ends in {@code state}; 0 when none does. */
    int matchLength(int state) {
        return outLength[state];
    }

    int matchPattern(int state) {
        return outPattern[state];
    }

    /** The most words any pattern has. */
    int longest() {
        return longest;
    }

    private static long key(int state, int word) {
        return (long) state << 32 | (word & 0xffffffffL);
    }

    static final class Builder {
        private final LongIntMap edges = new LongIntMap();
        // The children of a state as a linked list, for the breadth-first pass of build().
        private int[] firstChild = new int[16];
        private int[] nextSibling = new int[16];
        private int[] wordOf = new int[16];
        private int[] ownLength = new int[16];
        private int[] ownPattern = new int[16];
        private int states = 1;
        private int longest;

        Builder() {
            firstChild[0] = -1;
        }

        /** Adds a pattern; when two patterns are the same words, the first one's id is kept. */
        void add(int[] words, int pattern) {
            if (words.length == 0) {
                return;
            }
            int s = 0;
            for (int w : words) {
                int next = edges.get(key(s, w));
                if (next < 0) {
                    next = newState(s, w);
                    edges.put(key(s, w), next);
                }
                s = next;
            }
            if (ownLength[s] == 0) {
                ownLength[s] = words.length;
                ownPattern[s] = pattern;
            }
            longest = Math.max(longest, words.length);
        }

        private int newState(int parent, int word) {
            int n = states++;
            if (states > ownLength.length) {
                int size = states * 2;
                firstChild = Arrays.copyOf(firstChild, size);
                nextSibling = Arrays.copyOf(nextSibling, size);
                wordOf = Arrays.copyOf(wordOf, size);
                ownLength = Arrays.copyOf(ownLength, size);
                ownPattern = Arrays.copyOf(ownPattern, size);
            }
            firstChild[n] = -1;
            wordOf[n] = word;
            nextSibling[n] = firstChild[parent];
            firstChild[parent] = n;
            return n;
        }

        TokenAutomaton build() {
            int[] fail = new int[states];
            int[] outLength = Arrays.copyOf(ownLength, states);
            int[] outPattern = Arrays.copyOf(ownPattern, states);
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            queue[tail++] = 0;
            while (head < tail) {
                int s = queue[head++];
                for (int child = firstChild[s]; child >= 0; child = nextSibling[child]) {
                    int word = wordOf[child];
                    int f = 0;
                    if (s != 0) {
                        f = fail[s];
                        while (true) {
                            int next = edges.get(key(f, word));
                            if (next >= 0) {
                                f = next;
                                break;
                            }
                            if (f == 0) {
                                break;
                            }
                            f = fail[f];
                        }
                    }
                    fail[child] = f;
                    if (outLength[child] == 0 && outLength[f] > 0) {
                        outLength[child] = outLength[f];
                        outPattern[child] = outPattern[f];
                    }
                    queue[tail++] = child;
                }
            }
            return new TokenAutomaton(edges, fail, outLength, outPattern, longest);
        }
    }
}
