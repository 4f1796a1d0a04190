package io.keyplan.publish;

/**
 * Lets a staging folder be given up (Ctrl-C, SIGTERM) while renderers are still writing into it:
 * every write holds a permit, and once the folder is given up no permit is handed out any more, so
 * no writer can make a folder again after it was deleted.
 */
public interface WriteGate {
    /** For writers that do not write into a staging folder. */
    WriteGate OPEN = () -> () -> {};

    /** @throws BuildStoppedException when the folder was given up */
    Permit enter();

    /** Held for the duration of one write. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
