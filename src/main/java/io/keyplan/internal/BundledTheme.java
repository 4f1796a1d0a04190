package io.keyplan.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The copy of {@code site-theme/} inside the jar (classpath {@code keyplan-theme/}), opened as a
 * folder whether KeyPlan runs from the jar or from {@code target/classes}. Not for use outside
 * KeyPlan: the location is a packaging detail.
 */
public final class BundledTheme {
    public static final String PREFIX = "keyplan-theme";

    /** What to do with the folder while it is open. */
    public interface FolderAction<T> {
        T apply(Path themeRoot) throws IOException;
    }

    private BundledTheme() {}

    /** True when this build of KeyPlan carries a theme. */
    public static boolean exists() {
        return marker() != null;
    }

    /** Runs {@code action} on the bundled theme's root folder; the jar's file system stays open only meanwhile. */
    public static <T> T open(FolderAction<T> action) throws IOException {
        URL marker = marker();
        if (marker == null) {
            throw new IOException("the built-in site theme is missing from this KeyPlan build");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return action.apply(Path.of(uri).getParent().getParent());
            }
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return action.apply(fs.getPath("/" + PREFIX));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("the built-in site theme cannot be found: " + e.getMessage(), e);
        }
    }

    private static URL marker() {
        return BundledTheme.class.getClassLoader().getResource(PREFIX + "/templates/layout.peb");
    }
}
