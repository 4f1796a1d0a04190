package io.keyplan.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the loader read from a content folder. Accounts are sorted by slug, pages by
 * name, so every later stage sees the same order on every machine.
 */
public record Content(Path root, Portal portal, List<Account> accounts, List<Page> pages) {
    public Content {
        accounts = List.copyOf(accounts);
        pages = List.copyOf(pages);
    }
}
