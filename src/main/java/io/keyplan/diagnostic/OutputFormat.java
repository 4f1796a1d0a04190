package io.keyplan.diagnostic;

import java.util.Locale;

/** How findings are written: for people ({@code text}), for GitHub Actions annotations, or for tools ({@code json}). */
public enum OutputFormat {
    TEXT,
    GITHUB,
    JSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
