package io.keyplan.cli;

import io.keyplan.schema.SchemaGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code keyplan schema}: prints the JSON Schema of account.yaml. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema (draft-07) of account.yaml, for editors and CI checks.")
final class SchemaCommand implements Callable<Integer> {
    private final Context ctx;

    SchemaCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.out().print(SchemaGenerator.json());
        ctx.out().flush();
        return ExitCode.OK;
    }
}
