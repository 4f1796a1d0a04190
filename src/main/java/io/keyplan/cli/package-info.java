/**
 * The command line (picocli): build, validate, schema; exit codes (ExitCode); the Launcher that
 * moves build and validate into a tuned second JVM and forwards signals. The top: nothing uses
 * it.
 */
package io.keyplan.cli;
