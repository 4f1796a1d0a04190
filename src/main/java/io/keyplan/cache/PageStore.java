package io.keyplan.cache;

/**
 * Where rendered pages are kept between builds, by key ({@link Fingerprint}). A store may lose any
 * entry at any time: {@link #get} then says null and the page is rendered again.
 */
public interface PageStore {
    /** The page stored under {@code key}, or null when there is none (or it was damaged). */
    byte[] get(String key);

    /** Keeps {@code page} under {@code key}; a failure to keep it is no error. */
    void put(String key, byte[] page);
}
