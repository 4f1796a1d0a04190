package io.keyplan.publish;

/**
 * The files KeyPlan leaves in the folders it writes, so that it replaces or sweeps only folders
 * it made itself: read by {@link OutputFolder} when it writes and by {@link Leftovers} when it tidies.
 */
final class FolderMarks {
    /** In every site KeyPlan wrote: a folder without it is never replaced. */
    static final String MARKER = ".keyplan-site";
    /** In a staging folder while a build writes it: which process, since when ({@link Owner}). */
    static final String OWNER = ".keyplan-owner";

    private FolderMarks() {}
}
