package io.keyplan.intake;

/**
 * How much of a file {@code import} reads before it refuses: a hostile or broken export must get an
 * error, not exhaust the memory or hang. Far above any real CRM export of key accounts.
 */
final class Limits {
    /** Largest CSV file, and largest .xlsx file on disk. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Data rows in one file. */
    static final int MAX_ROWS = 100_000;
    /** Columns in one row. */
    static final int MAX_COLUMNS = 2_000;
    /** Characters in one cell: Excel's own limit. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Entries in an .xlsx (a zip file). */
    static final int MAX_ZIP_ENTRIES = 10_000;
    /** Bytes all parts of an .xlsx may unpack to together. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    /** How many times larger than its packed size a large part may be; a zip bomb is far above it. */
    static final long MAX_PACK_RATIO = 100;
    /** A part below this unpacked size is never taken for a bomb, whatever its ratio. */
    static final long RATIO_FREE_BYTES = 1024 * 1024;

    private Limits() {}
}
