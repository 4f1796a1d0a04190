package io.keyplan.render;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * A page as a template writes it, held in memory and turned into UTF-8 bytes in one pass at the end,
 * for {@link io.keyplan.site.SiteWriter#writeUtf8}.
 *
 * <p>Why: through a file writer every page went {@code BufferedWriter} to {@code OutputStreamWriter}
 * to the charset encoder, and Pebble flushes its writer at the end of every template, included ones
 * too, so each section partial pushed a few hundred characters through the encoder's slow loop (the
 * pages hold non-ASCII characters: {@code €}, {@code —}, {@code ✓}) and out to the file in a system
 * call of its own. Here a flush does nothing and the characters are encoded once, by a loop the quick
 * compiler keeps simple. The encoding is strict, as the file writer's encoder was: a lone surrogate
 * stops the build instead of becoming a {@code ?}.
 *
 * <p>One per thread ({@link #open()}), reused from page to page; not thread-safe.
 */
final class PageText extends Writer {
    /** A buffer that grew past this (a page of a very large plan) is not kept for the next page. */
    private static final int KEEP_CHARS = 1 << 20;

    private static final ThreadLocal<PageText> FREE = new ThreadLocal<>();

    private char[] chars = new char[64 * 1024];
    private int length;
    private byte[] bytes = new byte[0];
    private boolean open;

    private PageText() {}

    /** An empty page text of this thread's, or a new one when the thread's is in use. */
    static PageText open() {
        PageText t = FREE.get();
        if (t == null) {
            t = new PageText();
            FREE.set(t);
        } else if (t.open) {
            t = new PageText();
        }
        t.open = true;
        t.length = 0;
        return t;
    }

    /** The text written since {@link #open()} as UTF-8; {@code path} names the page if the text cannot be encoded. */
    byte[] utf8(String path) {
        return encode(chars, length, path);
    }

    /** How many characters were written since {@link #open()}. */
    int length() {
        return length;
    }

    /** {@code s} as UTF-8, strictly (see the class comment); {@code path} names the file for an error. */
    static byte[] utf8(String s, String path) {
        try (PageText t = open()) {
            t.write(s, 0, s.length());
            return t.utf8(path);
        }
    }

    private byte[] encode(char[] a, int n, String path) {
        // At most three bytes per character: a pair of surrogates (two characters) is four.
        if (bytes.length < 3 * n) {
            bytes = new byte[Math.max(3 * n, 2 * bytes.length)];
        }
        byte[] out = bytes;
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c < 0x80) {
                out[j++] = (byte) c;
            } else if (c < 0x800) {
                out[j++] = (byte) (0xC0 | (c >> 6));
                out[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                out[j++] = (byte) (0xE0 | (c >> 12));
                out[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
                int cp = Character.toCodePoint(c, a[++i]);
                out[j++] = (byte) (0xF0 | (cp >> 18));
                out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[j++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                throw new UncheckedIOException(
                        "cannot write " + path + ": half of a character (a lone surrogate) at character " + i,
                        new MalformedInputException(1));
            }
        }
        return Arrays.copyOf(out, j);
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        room(len);
        System.arraycopy(buf, off, chars, length, len);
        length += len;
    }

    @Override
    public void write(char[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void write(String s, int off, int len) {
        room(len);
        s.getChars(off, off + len, chars, length);
        length += len;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    /** Nothing to do: the text goes out whole, in {@link #utf8(String)}. */
    @Override
    public void flush() {}

    /** Frees this page text for the thread's next page (Pebble never closes its writer). */
    @Override
    public void close() {
        length = 0;
        open = false;
        if (chars.length > KEEP_CHARS) {
            chars = new char[64 * 1024];
            bytes = new byte[0];
        }
    }
}
