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
        Map<String, Object> a = attributes(file);
        return a == null ? 1 : count(a);
    }

    /** The link count in {@link #attributes}. */
    static int count(Map<String, Object> attributes) {
        return Boolean.TRUE.equals(attributes.get("isRegularFile")) && attributes.get("nlink") instanceof Integer n
                ? n
                : 1;
    }

    /**
     * What one lstat of {@code file} says about its names and kind (link count, regular file, folder,
     * symbolic link); null where the file system cannot tell or the file cannot be looked at.
     */
    static Map<String, Object> attributes(Path file) {
        try {
            // One system call for all the answers: this runs for every content file.
            return Files.readAttributes(
                    file, "unix:nlink,isRegularFile,isDirectory,isSymbolicLink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return null;
        }
    }
}
