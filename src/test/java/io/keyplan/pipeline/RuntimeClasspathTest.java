package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** jbake-core's content store must stay excluded: it is slow, big and has known CVEs (docs/decisions.md). */
class RuntimeClasspathTest {
    @Test
    void orientDbIsNotOnTheClasspath() {
        assertThrows(
                ClassNotFoundException.class,
                () -> Class.forName("com.orientechnologies.orient.core.db.ODatabaseSession"));
    }
}
