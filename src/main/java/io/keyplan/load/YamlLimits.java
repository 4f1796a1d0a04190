package io.keyplan.load;

/** Limits both YAML readers hold a file to, so a hostile file costs the same wherever it is read. */
final class YamlLimits {
    /** Nesting of mappings and lists; real plans use five or six levels. */
    static final int MAX_DEPTH = 50;

    private YamlLimits() {}
}
