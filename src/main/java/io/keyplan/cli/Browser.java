package io.keyplan.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens an address in the user's browser with the system's own command; says so when it cannot. */
final class Browser {
    private Browser() {}

    static void open(URI url, Context ctx) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : os.contains("mac") ? List.of("open", url.toString()) : List.of("xdg-open", url.toString());
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            ctx.err().println("keyplan: cannot open a browser here; open " + url + " yourself.");
        }
    }
}
