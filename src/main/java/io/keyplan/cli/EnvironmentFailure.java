package io.keyplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a problem of the machine (permissions, a full disk, a file name the locale cannot
 * express) from a bug in KeyPlan, and words it for the user with the path. Such problems are
 * exit code 2: the user can fix them, and "please report it" would send them the wrong way.
 */
final class EnvironmentFailure {
    private EnvironmentFailure() {}

    /**
     * @param e                    what stopped the command
     * @param fileNameEncoding     {@code sun.jnu.encoding}: how this JVM turns file names into text
     * @return one plain line, or empty when {@code e} is not a problem of the machine
     */
    static Optional<String> describe(Throwable e, String fileNameEncoding) {
        String context = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException && t.getMessage() != null && context == null) {
                context = t.getMessage();
            }
            if (t instanceof InvalidPathException p) {
                return Optional.of(fileName(p, fileNameEncoding));
            }
            if (t instanceof IOException io) {
                Optional<String> reason = reason(io);
                if (reason.isPresent()) {
                    String file = io instanceof FileSystemException f ? f.getFile() : null;
                    String where = context != null
                            ? context
                            : file != null ? "cannot use " + file : "cannot read or write a file";
                    if (file != null && !where.contains(file)) {
                        where += " (" + file + ")";
                    }
                    return Optional.of(where + ": " + reason.get() + ". Nothing was written.");
                }
                return Optional.empty();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** What the operating system said, in plain words; empty for errors that do not come from it. */
    private static Optional<String> reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Optional.of("permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return Optional.of("it does not exist (was it moved or deleted during the build?)");
        }
        if (e instanceof NotDirectoryException) {
            return Optional.of("a file is where a folder is needed");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Optional.of("it already exists");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Optional.of("the folder is not empty");
        }
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String os = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (os.contains("no space left") || os.contains("not enough space") || os.contains("disk is full")) {
            return Optional.of("the disk is full");
        }
        if (os.contains("quota")) {
            return Optional.of("your disk quota is used up");
        }
        if (os.contains("read-only file system")) {
            return Optional.of("the disk is read-only");
        }
        if (os.contains("operation not permitted")
                || os.contains("permission denied")
                || os.contains("access is denied")) {
            return Optional.of("permission denied");
        }
        if (os.contains("input/output error")) {
            return Optional.of("the disk reported a read or write error");
        }
        if (os.contains("too many open files")) {
            return Optional.of("too many files are open on this machine");
        }
        if (os.contains("file name too long") || os.contains("name too long")) {
            return Optional.of("the path is too long for this file system");
        }
        if (e instanceof FileSystemException) {
            return Optional.of(text == null ? "the file system refused it" : text);
        }
        return Optional.empty();
    }

    private static String fileName(InvalidPathException e, String fileNameEncoding) {
        if (!isUtf8(fileNameEncoding)) {
            return "a file name has letters that Java cannot use with this machine's language setting ("
                    + fileNameEncoding
                    + "). Run KeyPlan with a UTF-8 setting, for example: LC_ALL=C.UTF-8 java -jar keyplan.jar ..."
                    + " Nothing was written.";
        }
        return "the file name '" + e.getInput() + "' cannot be used on this system (" + e.getReason()
                + "). Nothing was written.";
    }

    static boolean isUtf8(String encoding) {
        try {
            return encoding != null && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
