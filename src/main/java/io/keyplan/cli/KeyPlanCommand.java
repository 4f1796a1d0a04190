package io.keyplan.cli;

import picocli.CommandLine.Command;

/**
 * The top command; the work is done by its subcommands, which {@link Main} registers (all of them,
 * or only the one a command line names: picocli reads every annotation of a command it is given).
 */
@Command(
        name = "keyplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a key account portal from account plans written in YAML and Markdown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings allowed)",
            "1:the content has errors (nothing was written)",
            "2:wrong command-line usage, or the machine stood in the way (permissions, disk full)",
            "3:internal problem in KeyPlan",
            "4:the second Java VM did not start (see KEYPLAN_JAVA_OPTIONS)",
            "130/143:stopped by Ctrl-C or SIGTERM; the previous output was left as it was"
        })
final class KeyPlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing command: init, new, import, build, validate, serve or schema");
    }
}
