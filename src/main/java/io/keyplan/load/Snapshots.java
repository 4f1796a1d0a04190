package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.PortalFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one version of a plan file from bytes rather than from the content folder: what the
 * history needs for each version git holds of {@code account.yaml}, a narrative or
 * {@code portal.yaml}. The same safe reader and binder as a build; what they would report is
 * dropped, since an old version's mistakes are no longer the user's to fix.
 */
public final class Snapshots {
    private Snapshots() {}

    /**
     * The plan in {@code bytes}, or null when the YAML cannot be read at all (too large, not UTF-8,
     * a syntax error, not a mapping). Values the binder rejects are left out, as a build would
     * leave them out of a plan it goes on with.
     */
    public static AccountPlan plan(byte[] bytes, String display) {
        return bind(AccountPlan.class, bytes, display);
    }

    /** {@link #plan(byte[], String)} of a text already decoded (a part of a file, for instance). */
    public static AccountPlan plan(String text, String display) {
        try {
            List<LoadProblem> problems = new ArrayList<>();
            YamlNode.Mapping root = SafeYamlReader.parse(display, text, 0, problems);
            return root == null ? null : new Binder(new Diagnostics()).bind(AccountPlan.class, root);
        } catch (LoadProblem p) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The portal settings in {@code bytes}, or null when they cannot be read. */
    public static PortalFile portal(byte[] bytes, String display) {
        return bind(PortalFile.class, bytes, display);
    }

    private static <T extends Record> T bind(Class<T> type, byte[] bytes, String display) {
        if (bytes.length > TextFiles.MAX_BYTES) {
            return null;
        }
        try {
            List<LoadProblem> problems = new ArrayList<>();
            YamlNode.Mapping root = SafeYamlReader.parse(display, TextFiles.decode(bytes), 0, problems);
            if (root == null) {
                return null;
            }
            return new Binder(new Diagnostics()).bind(type, root);
        } catch (LoadProblem p) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * The Markdown body of a narrative file (without its front matter), or null when the file
     * cannot be read (too large, not UTF-8, front matter without its closing line).
     */
    public static String narrative(byte[] bytes, String display) {
        if (bytes.length > TextFiles.MAX_BYTES) {
            return null;
        }
        try {
            MarkdownFile md = MarkdownFile.split(TextFiles.decode(bytes), display, new Diagnostics());
            return md.body();
        } catch (LoadProblem p) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
