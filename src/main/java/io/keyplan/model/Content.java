package io.keyplan.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the loader read from a content folder. Accounts are sorted by slug, pages by
 * name, so every later stage sees the same order on every machine.
 *
 * <p>{@code unread} names the folders of {@code accounts/} that hold no plan that could be read
 * (no or a broken {@code account.yaml}, a name that is no slug): the summary counts them, and
 * {@code portalIntact} says whether {@code portal.yaml} was read without a mistake (or is
 * absent), so that references into its selection criteria are only checked when they can be
 * relied on. Both are for reporting only; content without errors has none unread.
 */
public record Content(
        Path root, Portal portal, List<Account> accounts, List<Page> pages, List<String> unread, boolean portalIntact) {
    public Content {
        accounts = List.copyOf(accounts);
        pages = List.copyOf(pages);
        unread = List.copyOf(unread);
    }

    /** Content read without a mistake. */
    public Content(Path root, Portal portal, List<Account> accounts, List<Page> pages) {
        this(root, portal, accounts, pages, List.of(), true);
    }
}
