package io.keyplan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * How many names a file has. A file with a second name (a hard link) may be the very same file as
 * one outside the content folder, and unlike a symbolic link nothing says where that is: such
 * files are not read or published.
 */
public final class HardLinks {
    private HardLinks() {}

    /** The link count of a regular file; 1 for anything else, and where the file system cannot tell (Windows). */
    public static int count(Path file) {
        try {
            // One system call for both answers: this runs for every content file.
            Map<String, Object> a = Files.readAttributes(file, "unix:nlink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            return Boolean.TRUE.equals(a.get("isRegularFile")) && a.get("nlink") instanceof Integer n ? n : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return 1;
        }
    }
}
