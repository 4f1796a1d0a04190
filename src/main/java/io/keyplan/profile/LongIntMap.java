package io.keyplan.profile;

import java.util.Arrays;

/**
 * A map from long to int with open addressing, for the automaton's transitions. A
 * {@code HashMap<Long, Integer>} boxes every key and, with keys made of two small ints, puts many
 * of them into one bucket: building the automaton for 20,000 names took seconds.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    LongIntMap() {
        Arrays.fill(keys, EMPTY);
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY || keys[i] == key) {
                if (keys[i] == EMPTY) {
                    size++;
                }
                keys[i] = key;
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads both halves of the key
        return (int) (h ^ h >>> 32) & mask;
    }
}
