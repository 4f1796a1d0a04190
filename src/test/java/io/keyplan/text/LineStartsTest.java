package io.keyplan.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LineStartsTest {
    @Test
    void linesEndAsYamlEndsThem() {
        assertArrayEquals(new int[] {0}, LineStarts.yaml(""));
        assertArrayEquals(new int[] {0, 2}, LineStarts.yaml("a\n"));
        assertArrayEquals(new int[] {0, 3, 5, 7, 9, 11}, LineStarts.yaml("a\r\nb\rc\u0085d\u2028e\u2029f"));
    }
}
