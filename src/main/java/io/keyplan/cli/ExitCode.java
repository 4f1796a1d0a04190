package io.keyplan.cli;

/**
 * What {@code keyplan} exits with, so a script or CI job can tell the cases apart (docs/decisions.md):
 * the plans have errors (1) is a different thing from the command or the machine being wrong (2).
 */
final class ExitCode {
    public static final int OK = 0;
    /** The plans have errors (or warnings under --strict); nothing was written. */
    public static final int CONTENT_ERRORS = 1;
    /** A usage error, or a problem of the machine (permissions, a full disk). */
    public static final int USAGE = 2;
    /** A bug in KeyPlan. */
    public static final int INTERNAL = 3;
    /** The launcher could not start the second JVM, or it stopped before KeyPlan ran in it. */
    public static final int JVM_DID_NOT_START = 4;
    /** Stopped from outside; the JVM itself exits with 128 + the signal's number (130, 143). */
    public static final int STOPPED = 130;

    private ExitCode() {}
}
