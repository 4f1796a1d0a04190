package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.model.SourceSpan;
import io.keyplan.text.ControlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions in a narrative are the file's own, also when the loader cleaned the body. */
class BodyPositionsTest {
    @TempDir
    Path dir;

    private List<String> positions(String fileText, String body, String... words) throws IOException {
        Path file = dir.resolve("swot.md");
        Files.writeString(file, fileText);
        int[] offsets = Arrays.stream(words).mapToInt(body::indexOf).toArray();
        return Arrays.stream(BodyPositions.of(new SourceSpan(file.toString(), 0, 0), body, offsets))
                .map(at -> at.line() + ":" + at.column())
                .toList();
    }

    @Test
    void aBodyAsInTheFileIsCountedFromItsFirstLine() throws IOException {
        String body = "Anna\nsays Ben agrees.\n";
        assertEquals(List.of("4:1", "5:6"), positions("---\ntitle: x\n---\n" + body, body, "Anna", "Ben"));
    }

    @Test
    void aCleanedBodyGivesTheFilesOwnLineAndColumn() throws IOException {
        // The loader made the vertical tab a line break and left \u0003 out; the profile counted in
        // the cleaned text from line 1 and reported Anna at 2:6 instead of where she is in the file.
        String tail = "A\u000Bline \u0003Anna and Ben.\n";
        String body = ControlText.clean(tail, true);
        assertEquals(List.of("4:9", "4:18"), positions("---\ntitle: How\n---\n" + tail, body, "Anna", "Ben"));
    }
}
