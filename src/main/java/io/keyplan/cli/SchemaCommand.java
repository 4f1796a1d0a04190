package io.keyplan.cli;

import io.keyplan.schema.SchemaGenerator;
import io.keyplan.schema.SchemaGenerator.Kind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code keyplan schema [account|portal|note]}: prints the JSON Schema of one kind of file. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema (draft-07) of account.yaml (the default), portal.yaml or a note's"
                + " front matter, for editors and CI checks.")
final class SchemaCommand implements Callable<Integer> {
    private final Context ctx;

    @Parameters(
            arity = "0..1",
            paramLabel = "KIND",
            description = "account (default), portal or note",
            defaultValue = "account")
    String kind;

    SchemaCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Kind k = Kind.of(kind);
        if (k == null) {
            ctx.err().println("keyplan schema: there is no schema of '" + kind + "'; choose account, portal or note");
            ctx.err().flush();
            return ExitCode.USAGE;
        }
        ctx.out().print(SchemaGenerator.json(k));
        ctx.out().flush();
        return ExitCode.OK;
    }
}
