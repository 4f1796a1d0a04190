package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SitePaths;
import java.util.regex.Pattern;

/**
 * Names that become files or folders of the portal must work on every computer that opens it,
 * Windows file shares included. The slug rule already keeps account, note and page names plain;
 * what it lets through are the names Windows keeps for devices ({@code con}, {@code aux}, {@code lpt1}...).
 */
public final class PortableNames {
    /** Characters Windows does not allow in a name; ':' and '\' cannot be in a web address of the site either. */
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*\\\\\\x00-\\x1F\\x7F]");
    /** Names Windows keeps for devices, with any extension. */
    private static final Pattern DEVICE = Pattern.compile(
            "(?i)(con|prn|aux|nul|conin\\$|conout\\$|com[0-9\u00B9\u00B2\u00B3]|lpt[0-9\u00B9\u00B2\u00B3])");

    private PortableNames() {}

    /** Why {@code name} breaks on Windows or in a web address of the site; null when it does not. */
    public static String problem(String name) {
        var bad = FORBIDDEN.matcher(name);
        if (bad.find()) {
            char c = name.charAt(bad.start());
            String shown = c < 0x20 || c == 0x7F ? "a control character" : "'" + c + "'";
            return "contains " + shown + ", which Windows and web addresses cannot hold";
        }
        if (name.indexOf('\uFFFD') >= 0) {
            // Java shows bytes it cannot decode as U+FFFD: the name is not UTF-8, or the system's language
            // setting is not, and the portal would get a name other than the one in the content folder.
            return "holds characters that cannot be read as text (the name is not saved as UTF-8, or the"
                    + " computer's language setting is not UTF-8, e.g. LANG=C)";
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "ends with a dot or a space, which Windows drops";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICE.matcher(stem.strip()).matches()) {
            return "is a name Windows keeps for a device";
        }
        if (!SitePaths.isWritable(name)) {
            return "cannot be the name of a file on the portal";
        }
        return null;
    }

    /** Account folders, notes and free pages whose names Windows cannot hold. */
    static void check(Content content, Diagnostics d) {
        for (Account a : content.accounts()) {
            String problem = problem(a.slug());
            if (problem != null) {
                String yaml = a.source().file();
                String folder = yaml.endsWith("/account.yaml") ? yaml.substring(0, yaml.length() - 13) : yaml;
                d.error(
                        SourceSpan.file(folder),
                        "slug",
                        "the account folder name '" + a.slug() + "' " + problem,
                        "rename the folder, e.g. to '" + a.slug() + "-account'");
            }
            for (Note n : a.notes()) {
                report(n.name(), "note", n.source(), d);
            }
        }
        for (Page p : content.pages()) {
            report(p.name(), "page", p.source(), d);
        }
    }

    private static void report(String name, String kind, SourceSpan at, Diagnostics d) {
        String problem = problem(name);
        if (problem != null) {
            d.error(
                    at,
                    "slug",
                    "the " + kind + " name '" + name + "' " + problem,
                    "rename the file, e.g. to '" + name + "-" + kind + ".md'");
        }
    }
}
