/**
 * What git knows about the content: when each plan and each of its sections last changed, who
 * changed it, and how complete the plan was after each commit (issue 14). Read from the content
 * repository's history by {@code GitHistory}; the rest of the pipeline sees only the immutable
 * {@link io.keyplan.history.History}. Without a git repository the history is {@link
 * io.keyplan.history.History#none()} and the build works as before. Used by {@code render}
 * (history pages, "changed since the last review"), {@code publish} (data files) and
 * {@code pipeline}.
 */
package io.keyplan.history;
