package io.keyplan.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YamlEscapesTest {
    @Test
    void hexEscapesGiveTheirCodePointAndEnd() {
        assertArrayEquals(new int[] {1, 5}, YamlEscapes.at("a\\x01b", 1));
        assertArrayEquals(new int[] {0xE9, 7}, YamlEscapes.at("a\\u00E9b", 1));
        assertArrayEquals(new int[] {0x1F600, 10}, YamlEscapes.at("\\U0001F600", 0));
    }

    @Test
    void singleLetterEscapesAsYamlReadsThem() {
        assertArrayEquals(new int[] {'\n', 2}, YamlEscapes.at("\\n", 0));
        assertArrayEquals(new int[] {11, 2}, YamlEscapes.at("\\v", 0));
        assertArrayEquals(new int[] {'"', 2}, YamlEscapes.at("\\\"", 0));
        assertArrayEquals(new int[] {'\\', 2}, YamlEscapes.at("\\\\", 0));
        assertArrayEquals(new int[] {0xA0, 2}, YamlEscapes.at("\\_", 0));
        assertArrayEquals(new int[] {0x85, 2}, YamlEscapes.at("\\N", 0));
        assertArrayEquals(new int[] {0x2029, 2}, YamlEscapes.at("\\P", 0));
    }

    @Test
    void noEscapeIsNull() {
        assertNull(YamlEscapes.at("\\", 0), "a backslash at the end");
        assertNull(YamlEscapes.at("\\x0", 0), "too few digits");
        assertNull(YamlEscapes.at("\\xZZ", 0), "not hex");
        assertNull(YamlEscapes.at("\\U00110000", 0), "beyond Unicode");
        assertNull(YamlEscapes.at("\\q", 0), "no such escape");
    }
}
