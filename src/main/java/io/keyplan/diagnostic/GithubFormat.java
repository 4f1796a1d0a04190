package io.keyplan.diagnostic;

import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) so that findings
 * show up as annotations on the changed lines of a pull request. Paths must be relative to the
 * repository root; {@code pathPrefix} is where the working directory sits inside it ("" at the root).
 */
public final class GithubFormat {
    private GithubFormat() {}

    public static String format(List<Diagnostic> diagnostics, String pathPrefix) {
        return format(diagnostics, pathPrefix, 0);
    }

    /** With a closing notice when {@code omitted} findings were left out. */
    public static String format(List<Diagnostic> diagnostics, String pathPrefix, long omitted) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("::")
                    .append(d.isError() ? "error" : "warning")
                    .append(" file=")
                    .append(escapeProperty(repositoryPath(pathPrefix, d.at().file())));
            if (d.at().line() > 0) {
                out.append(",line=").append(d.at().line()).append(",col=").append(d.at().column());
            }
            if (d.rule() != null && !d.rule().isBlank()) {
                out.append(",title=").append(escapeProperty(d.rule()));
            }
            String message = Printable.escapeKeepingLines(d.message());
            if (d.hint() != null && !d.hint().isBlank()) {
                message = message + "\nhint: " + Printable.escapeKeepingLines(d.hint());
            }
            out.append("::").append(escapeData(message)).append('\n');
        }
        if (omitted > 0) {
            out.append("::notice title=more-findings::")
                    .append(escapeData(Printable.omittedLine(omitted)))
                    .append('\n');
        }
        return out.toString();
    }

    static String repositoryPath(String prefix, String file) {
        if (prefix == null || prefix.isEmpty()) {
            return file;
        }
        return prefix.endsWith("/") ? prefix + file : prefix + "/" + file;
    }

    /** The escaping GitHub applies to a command's message. */
    public static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping GitHub applies to a command's properties: also {@code :} and {@code ,}. */
    public static String escapeProperty(String s) {
        return escapeData(Printable.escape(s)).replace(":", "%3A").replace(",", "%2C");
    }
}
