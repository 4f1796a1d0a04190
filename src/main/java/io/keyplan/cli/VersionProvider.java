package io.keyplan.cli;

import io.keyplan.pipeline.BuildDate;
import picocli.CommandLine.IVersionProvider;

/** {@code --version} of every command: the jar's version, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"KeyPlan " + BuildDate.version()};
    }
}
