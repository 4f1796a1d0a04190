package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.model.Criterion;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SelectionSettings;
import io.keyplan.model.TierSettings;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks inside portal.yaml that need more than one value: weights, criterion ids, tier
 * cut-offs, the currency code. Done here, where the positions of portal.yaml are known.
 *
 * <p>These are validation, yet they stay in the loader: the {@code Portal} that later stages
 * get has its defaults applied and no positions (of {@code currency}, or of which cut-off was
 * written), and validation runs only on content that loaded without errors, so in {@code validate}
 * these errors would go missing from every run that also has a mistake in an account.
 */
final class PortalChecks {
    private PortalChecks() {}

    static void check(PortalFile p, Diagnostics d) {
        if (p.currency() != null && !isCurrency(p.currency())) {
            d.error(
                    p.origin().of("currency"),
                    "enum",
                    "'currency' must be an ISO 4217 code like EUR, USD or GBP, got \"" + p.currency() + "\"",
                    "use the three capital letters of the currency");
        }
        if (p.baseUrl() != null && !p.baseUrl().isEmpty()) {
            baseUrl(p, d);
        }
        SelectionSettings s = p.selection();
        if (s != null) {
            weights("attractiveness", s.attractiveness(), s, d);
            weights("position", s.position(), s, d);
            Map<String, Criterion> ids = new HashMap<>();
            for (Criterion c : concat(s.attractiveness(), s.position())) {
                if (c.id() == null) {
                    continue;
                }
                Criterion first = ids.putIfAbsent(c.id(), c);
                if (first != null) {
                    d.error(
                            c.origin().of("id"),
                            "duplicate-key",
                            "the criterion id '" + c.id() + "' is used twice; the first is on line "
                                    + first.origin().of("id").line(),
                            "every criterion of both lists needs its own id");
                }
            }
        }
        TierSettings t = p.tiers();
        if (t != null) {
            double platinum = t.platinum() == null ? Portal.DEFAULT_PLATINUM : t.platinum();
            double gold = t.gold() == null ? Portal.DEFAULT_GOLD : t.gold();
            if (platinum >= gold) {
                d.error(
                        t.origin().of(t.gold() != null ? "gold" : "platinum"),
                        "range",
                        "the 'platinum' cut-off (" + Scalars.format(platinum) + ") must be below the 'gold' cut-off ("
                                + Scalars.format(gold) + ")",
                        "for example platinum: 50 and gold: 80");
            }
        }
    }

    /** A scheme, as an absolute address starts: letters, digits, {@code + - .}, then a colon. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    /** An http or https address with a host. */
    private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile("(?i)https?://[^/?#]+.*");

    private static final String EXAMPLE = "like https://intranet.example.com/accounts/";

    /**
     * {@code base_url} is an absolute address (spec 2). A space, a quote or {@code < >} in it, or an
     * address without a scheme, cannot be one: an error, naming the first such character. Another
     * scheme than http or https is an absolute address the spec allows (it still gives the sitemap),
     * but gives no canonical links, and is most often a typo ({@code htps://}): a warning.
     */
    private static void baseUrl(PortalFile p, Diagnostics d) {
        String url = p.baseUrl();
        io.keyplan.model.SourceSpan at = p.origin().of("base_url");
        String hint = "write the address of the published site as the browser shows it, " + EXAMPLE;
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            if (cp <= 0x20
                    || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || "\"<>\\^`{|}".indexOf(cp) >= 0) {
                String what = cp == ' '
                        ? "a space"
                        : Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp < 0x20
                                ? "an invisible character (" + Printable.code(cp) + ")"
                                : "the character " + (cp == '\'' ? "\"'\"" : "'" + Character.toString(cp) + "'");
                String written = cp < 0x80 ? " (write it as %" + String.format("%02X", cp) + ")" : "";
                d.error(
                        at,
                        "base-url",
                        "'base_url' must be a web address " + EXAMPLE + ", but it holds " + what + written + ": \""
                                + Printable.shorten(url) + "\"",
                        hint);
                return;
            }
            i += Character.charCount(cp);
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(url);
        if (!scheme.lookingAt() || scheme.end() == url.length()) {
            d.error(
                    at,
                    "base-url",
                    "'base_url' must be a whole web address " + EXAMPLE + ", starting with https://; got \""
                            + Printable.shorten(url) + "\"",
                    hint);
        } else if (isWeb(url.substring(0, scheme.end() - 1))) {
            if (!WEB.matcher(url).matches()) {
                d.error(
                        at,
                        "base-url",
                        "'base_url' must be a whole web address " + EXAMPLE + ", with the server's name after "
                                + url.substring(0, scheme.end()) + "//; got \"" + Printable.shorten(url) + "\"",
                        hint);
            }
        } else {
            d.warning(
                    at,
                    "base-url",
                    "'base_url' starts with '" + Printable.shorten(url.substring(0, scheme.end()))
                            + "', not http:// or https://: the pages get no canonical links",
                    "if the site is on a web server, write its address " + EXAMPLE
                            + "; a site on a file share needs no base_url");
        }
    }

    private static boolean isWeb(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static void weights(String key, List<Criterion> list, SelectionSettings s, Diagnostics d) {
        if (list.isEmpty()) {
            return;
        }
        double sum = 0;
        for (Criterion c : list) {
            if (c.weight() == null) {
                d.error(
                        c.origin().at(),
                        "required",
                        "criterion '" + c.id() + "' has no 'weight'",
                        "give every criterion a weight; the weights of a list add up to 100");
            } else {
                sum += c.weight();
            }
        }
        if (Math.abs(sum - 100) > 1e-6) {
            d.error(
                    s.origin().of(key),
                    "range",
                    "the weights of '" + key + "' must add up to 100, but they add up to "
                            + Scalars.format(Math.round(sum * 100) / 100.0),
                    null);
        }
    }

    private static List<Criterion> concat(List<Criterion> a, List<Criterion> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
