package io.keyplan.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The loader's keys: SHA-256 over parts, each with its length first, so that no two lists of parts give one stream. */
final class Digests {
    private Digests() {}

    /** A new SHA-256 digest that has seen {@code domain}, which keeps one kind of key apart from another. */
    static MessageDigest sha256(byte[] domain) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        d.update(domain);
        return d;
    }

    static void part(MessageDigest d, byte[] b) {
        d.update(
                new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length
                });
        d.update(b);
    }
}
