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

    /** As {@link #get}, for a part of a page (a site-wide page's part for one account); told apart in counts only. */
    default byte[] getPart(String key) {
        return get(key);
    }

    /** Marks the entry {@code key} as used by this build without reading it (a reused page's parts). */
    default void keep(String key) {}

    /** As {@link #put}, for a part of a page. */
    default void putPart(String key, byte[] part) {
        put(key, part);
    }
}
