package io.keyplan.render;

import io.keyplan.link.LinkPolicy;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Coded;
import io.keyplan.model.Language;
import io.keyplan.site.SiteLayout;
import io.keyplan.text.Escape;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * KeyPlan's template vocabulary.
 * <ul>
 * <li>{@code t('key', args...)}: UI text in the portal language, {@code {0}} etc. replaced</li>
 * <li>{@code tn('key', count, args...)}: the text for a count ({@code key.one} or {@code key.other}, see
 *     {@link Messages#plural}), {@code {0}} the count as the portal's language writes it</li>
 * <li>{@code rel('accounts/acme/index.html')}: a site path made relative to the current page</li>
 * <li>{@code accountPage(slug)}, {@code printPage(slug)}: an account's pages, relative to the site root
 *     (so {@code rel(accountPage(slug))}), {@code historyPage(slug)}; {@code notePage(name)}: a note's page, relative to its account's folder</li>
 * <li>filters {@code money}, {@code number(decimals)}, {@code percent(decimals)}, {@code date}</li>
 * <li>{@code label}: the translated label of an enum value ({@code enum.<type>.<code>}), or yes/no for a boolean</li>
 * <li>{@code md} (block) and {@code mdInline} (one line): user Markdown as safe HTML</li>
 * </ul>
 * The language-dependent parts come from the {@link RenderContext} in the template context,
 * so one compiled theme serves every language.
 */
final class KeyPlanExtension extends AbstractExtension {

    /** Attributes of KeyPlan's own objects without Pebble's per-call lookup cost ({@link MemberAttributes}). */
    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new MemberAttributes());
    }

    @Override
    public Map<String, Function> getFunctions() {
        Map<String, Function> functions = new HashMap<>();
        functions.put("t", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return null; // positional: "0" is the key, "1".. the arguments
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return ctx(context).messages().get(String.valueOf(args.get("0")), positional(args, 1));
            }
        });
        functions.put("tn", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return null; // positional: "0" is the key, "1" the count, "2".. the arguments
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                RenderContext c = ctx(context);
                Number n = number(args.get("1"));
                long count = n == null ? 0 : n.longValue();
                return c.messages()
                        .plural(
                                String.valueOf(args.get("0")),
                                count,
                                c.formats().number(count, 0),
                                positional(args, 2));
            }
        });
        functions.put("rel", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("path");
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                Object root = context.getVariable("root");
                Object path = args.get("path");
                return (root == null ? "" : root.toString()) + (path == null ? "" : path.toString());
            }
        });
        // The addresses of an account's pages, from SiteLayout: templates never spell them out.
        functions.put("accountPage", address(SiteLayout::accountPage));
        functions.put("printPage", address(SiteLayout::printPage));
        functions.put("notePage", address(SiteLayout::notePage));
        functions.put("historyPage", address(SiteLayout::historyPage));
        // textLang(plan): ' lang="de"' where a plan's text is written in another language than the
        // portal's, so a screen reader and the hyphenation read it in its own language; else nothing.
        functions.put("textLang", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("of");
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                Object of = args.get("of");
                Language written = of instanceof AccountPlan p ? p.language() : of instanceof Language l ? l : null;
                String code = otherLanguage(context, written);
                return code == null ? "" : new SafeString(" lang=\"" + Escape.attribute(code) + "\"");
            }
        });
        return functions;
    }

    /** The names Pebble gives positional arguments ("0", "1", ...), made once instead of per call. */
    private static final String[] POSITIONS = {"0", "1", "2", "3", "4", "5", "6", "7"};

    private static final Object[] NO_VALUES = {};

    /** The positional arguments from {@code from} on, up to the first one missing. */
    private static Object[] positional(Map<String, Object> args, int from) {
        // Called for every text on every page: most have no arguments, so no list is made for them.
        if (!args.containsKey(position(from))) {
            return NO_VALUES;
        }
        List<Object> values = new ArrayList<>(4);
        for (int i = from; args.containsKey(position(i)); i++) {
            values.add(args.get(position(i)));
        }
        return values.toArray();
    }

    private static String position(int i) {
        return i < POSITIONS.length ? POSITIONS[i] : String.valueOf(i);
    }

    /**
     * The code of {@code written} when it differs from the page's language ({@code site.language}),
     * else null: text in the portal's own language needs no mark.
     */
    static String otherLanguage(EvaluationContext context, Language written) {
        if (written == null) {
            return null;
        }
        Object site = context.getVariable("site");
        String page = site instanceof SiteModel s ? s.language() : null;
        return written.code().equals(page) ? null : written.code();
    }

    /**
     * User Markdown on a page about one plan ({@code plan} in the context) is that plan's text:
     * marked with the plan's language when it is not the portal's (UI labels around it are not).
     */
    private static String inPlanLanguage(EvaluationContext context, String html, boolean block) {
        if (html.isEmpty()) {
            return html;
        }
        String code =
                otherLanguage(context, context.getVariable("plan") instanceof AccountPlan p ? p.language() : null);
        if (code == null) {
            return html;
        }
        String tag = block ? "div" : "span";
        return "<" + tag + " lang=\"" + Escape.attribute(code) + "\">" + html + "</" + tag + ">";
    }

    /** A function of one argument, a slug or a note's name, giving an address from {@link SiteLayout}. */
    private static Function address(java.util.function.UnaryOperator<String> layout) {
        return new Function() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("name");
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return layout.apply(String.valueOf(args.get("name")));
            }
        };
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("-?\\d{4,15}(\\.\\d{1,4})?");

    @Override
    public Map<String, Filter> getFilters() {
        Map<String, Filter> filters = new HashMap<>();
        filters.put("money", simple((c, v, a) -> c.formats().money(number(v))));
        filters.put("number", withDecimals((c, v, d) -> c.formats().number(number(v), d)));
        filters.put("percent", withDecimals((c, v, d) -> c.formats().percent(number(v), d)));
        filters.put(
                "date",
                simple((c, v, a) -> v instanceof LocalDate d ? c.formats().date(d) : v == null ? "" : v.toString()));
        filters.put("label", simple((c, v, a) -> label(c, v)));
        // Free-text figures (an objective's target "2900000") read better grouped like other numbers.
        filters.put(
                "textNumber",
                simple((c, v, a) -> v == null
                        ? ""
                        : PLAIN_NUMBER.matcher(v.toString().strip()).matches()
                                ? c.formats()
                                        .number(Double.parseDouble(v.toString().strip()), 4)
                                : v.toString()));
        filters.put("md", markdown(true));
        filters.put("mdInline", markdown(false));
        // A URL built from a user's text ("mailto:" ~ email) by the same rule as Markdown links: no
        // controls or line breaks in the attribute, nothing at all for a scheme that is not allowed.
        filters.put(
                "url",
                simple((c, v, a) ->
                        v == null ? "" : Objects.requireNonNullElse(LinkPolicy.forAttribute(v.toString()), "")));
        return filters;
    }

    static String label(RenderContext c, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return c.messages().get(b ? "common.yes" : "common.no");
        }
        if (value instanceof Coded coded) {
            String type = value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String key = "enum." + type + "." + coded.code();
            return c.messages().has(key) ? c.messages().get(key) : coded.code();
        }
        return value.toString();
    }

    private static Number number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n;
        }
        try {
            return Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RenderContext ctx(EvaluationContext context) {
        Object c = context.getVariable(RenderContext.VARIABLE);
        if (c instanceof RenderContext rc) {
            return rc;
        }
        throw new IllegalStateException("template rendered without a RenderContext");
    }

    private interface Body {
        Object apply(RenderContext c, Object value, Map<String, Object> args);
    }

    private interface DecimalsBody {
        Object apply(RenderContext c, Object value, int decimals);
    }

    private static Filter markdown(boolean block) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(
                    Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line)
                    throws PebbleException {
                RenderContext c = ctx(context);
                String text = input == null ? null : input.toString();
                String html = block
                        ? c.markdown().block(text, c.allowHtml())
                        : c.markdown().inline(text, c.allowHtml());
                return new SafeString(inPlanLanguage(context, html, block));
            }
        };
    }

    private static Filter simple(Body body) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(
                    Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line)
                    throws PebbleException {
                return body.apply(ctx(context), input, args);
            }
        };
    }

    private static Filter withDecimals(DecimalsBody body) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("decimals");
            }

            @Override
            public Object apply(
                    Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line)
                    throws PebbleException {
                Number d = number(args.get("decimals"));
                return body.apply(ctx(context), input, d == null ? 0 : d.intValue());
            }
        };
    }
}
