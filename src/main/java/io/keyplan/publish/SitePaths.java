package io.keyplan.publish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Site-relative paths: the one list of the addresses KeyPlan writes into an account's folder,
 * and the checks every written path passes (forward slashes, no way out of the site root).
 * The renderer takes its page names from here and validation reserves them, so an attachment
 * can never be told apart from a page only when the build is already writing.
 */
public final class SitePaths {
    /** The account's page. */
    public static final String INDEX = "index.html";
    /** The whole plan on A4. */
    public static final String PRINT = "print.html";
    /** The plan on one page. */
    public static final String ONE_PAGE = "one-page.html";
    /** The folder of the account's note pages. */
    public static final String NOTES = "notes";
    /** The pages in every account folder besides the notes, whether or not a build writes them (public builds print nothing). */
    public static final List<String> ACCOUNT_PAGES = List.of(INDEX, PRINT, ONE_PAGE);

    private SitePaths() {
    }

    /** {@code accounts/<slug>/}: the folder of one account, with the trailing slash. */
    public static String accountFolder(String slug) {
        return "accounts/" + slug + "/";
    }

    /** {@code notes/<name>.html}: a note's page, relative to its account's folder. */
    public static String notePage(String note) {
        return NOTES + "/" + note + ".html";
    }

    /** Every path KeyPlan writes into an account's folder, relative to it. */
    public static List<String> accountPages(Collection<String> notes) {
        List<String> pages = new ArrayList<>(ACCOUNT_PAGES);
        notes.forEach(n -> pages.add(notePage(n)));
        return pages;
    }

    /**
     * The page of {@code accountPages(notes)} that {@code relativePath}, or one of its folders, would
     * take the place of, compared as Windows and macOS compare names; null when none. A file
     * {@code notes} collides with the notes folder as soon as there is a note.
     */
    public static String collidingPage(String relativePath, Collection<String> notes) {
        String path = fold(relativePath);
        for (String page : accountPages(notes)) {
            String p = fold(page);
            if (path.equals(p) || path.startsWith(p + "/") || p.startsWith(path + "/")) {
                return page;
            }
        }
        return null;
    }

    /**
     * A name as case-insensitive file systems see it (Windows, macOS): upper and lower case alike,
     * and accented letters alike however they are encoded (macOS stores them decomposed).
     */
    public static String fold(String name) {
        // Upper then lower case folds what toLowerCase alone keeps apart ('ſ' and 's', 'K' Kelvin and 'k').
        return Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code path} is empty, absolute, uses backslashes or leaves the root */
    static String check(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty site path");
        }
        if (path.indexOf('\\') >= 0 || path.startsWith("/") || path.indexOf(':') >= 0 || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("site path must be relative with forward slashes: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("site path leaves the site root or is not normal: " + path);
            }
        }
        return path;
    }

    /** True when the site writer would take {@code path} (the same rule as {@link #check}). */
    public static boolean isWritable(String path) {
        try {
            check(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Plan sources must never be published: their text is only shown through the templates. */
    public static boolean isPlanSource(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".md") || n.endsWith(".markdown");
    }
}
