package io.keyplan.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a content file as UTF-8 text, refusing files that are too large or not valid UTF-8. */
final class TextFiles {
    /** Larger files are refused before a single byte is read. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private TextFiles() {}

    static String read(Path file) throws LoadProblem {
        return read(file, null);
    }

    /**
     * {@link #read(Path)}, handing the very bytes that were decoded to {@code asRead} (when not null)
     * before they are decoded: a digest of them stands for what is made of the text (PlanDigests).
     */
    static String read(Path file, Consumer<byte[]> asRead) throws LoadProblem {
        return read(file, null, asRead);
    }

    /**
     * {@link #read(Path, Consumer)} of the bytes {@code given} when not null (the file as the loader's
     * cache took it, see FolderSnapshot), of the file otherwise.
     */
    static String read(Path file, byte[] given, Consumer<byte[]> asRead) throws LoadProblem {
        byte[] bytes;
        if (given != null) {
            checkSize(given.length);
            bytes = given;
        } else {
            try {
                bytes = bytes(file);
            } catch (IOException e) {
                throw new LoadProblem("missing-file", cannotRead(e), null, 0, 0);
            }
        }
        if (asRead != null) {
            asRead.accept(bytes);
        }
        return decode(bytes);
    }

    /**
     * The file's bytes, its size taken from the open file rather than by a stat of its own: this runs
     * for every content file, and each system call counts on a portfolio of thousands. A file that
     * grows or shrinks while it is read is read to its end, as {@link Files#readAllBytes} does.
     */
    private static byte[] bytes(Path file) throws IOException, LoadProblem {
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file);
        } catch (AccessDeniedException e) {
            // The size needs no permission to read: a file too large is reported as such, readable or not.
            checkSize(Files.size(file));
            throw e;
        }
        try (channel;
                InputStream in = Channels.newInputStream(channel)) {
            checkSize(channel.size());
            return in.readAllBytes();
        }
    }

    private static void checkSize(long size) throws LoadProblem {
        if (size > MAX_BYTES) {
            throw new LoadProblem(
                    "too-large",
                    "the file is " + megabytes(size) + " MB; the limit is 5 MB",
                    "split the content or move large material into an attachment",
                    1,
                    1);
        }
    }

    /** Why a file cannot be read, in words rather than the name of a Java exception. */
    static String cannotRead(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file cannot be read: it is no longer there";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "the file cannot be read: you have no permission to read it";
        }
        if (e instanceof java.nio.file.FileSystemException f
                && f.getReason() != null
                && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("directory")) {
            return "the file cannot be read: it is a folder";
        }
        return "the file cannot be read";
    }

    /**
     * The size in MB to one decimal, rounded up so that a file just over the limit never reads
     * as exactly at it: 5.6, 6, 5.1 for one byte too many.
     */
    static String megabytes(long bytes) {
        long tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    /** Strict UTF-8; the position of the first bad byte is reported. A leading BOM is dropped. */
    static String decode(byte[] bytes) throws LoadProblem {
        // The quick way first: the JDK's decoder replaces a bad sequence with U+FFFD, and for valid
        // UTF-8 gives the very text the strict one gives. Only a text with U+FFFD in it, written or
        // put there for a bad byte, goes the strict way, which tells the two apart.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick.startsWith("\uFEFF") ? quick.substring(1) : quick;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw badByte(bytes, in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw badByte(bytes, in.position());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static LoadProblem badByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; ) {
            int br = LineBreaks.yamlBreakAt(bytes, i);
            if (br > 0 && i + br <= offset) {
                line++;
                i += br;
                lineStart = i;
            } else {
                i++;
            }
        }
        int column = 1;
        try {
            column = decodeLenient(bytes, lineStart, offset - lineStart)
                            .codePointCount(
                                    0,
                                    decodeLenient(bytes, lineStart, offset - lineStart)
                                            .length())
                    + 1;
        } catch (CharacterCodingException e) {
            column = offset - lineStart + 1;
        }
        return new LoadProblem(
                "encoding",
                String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF),
                "save the file with UTF-8 encoding (most editors: \"Save with encoding\" > UTF-8)",
                line,
                column);
    }

    private static String decodeLenient(byte[] bytes, int from, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes, from, length))
                .toString();
    }
}
