package io.keyplan.profile;

import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Narrative;
import io.keyplan.model.SectionId;
import io.keyplan.model.Visibility;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list of a public build (spec section 7): what is not named here is in no file of
 * the site. It works on the model, before anything is rendered, so no template, search index
 * or data file can leak what it never sees.
 *
 * <ul>
 * <li>only accounts with {@code visibility: public};</li>
 * <li>of those, only the sections in {@code portal.public_sections}, with their narratives;
 *     {@code key_players} never, even when listed, because no key player's name may appear;</li>
 * <li>the header fields except {@code selection_scores} and {@code completeness};</li>
 * <li>no notes, attachments or reviews;</li>
 * <li>the free pages.</li>
 * </ul>
 * As a safety net for free text, any key player's full name that still appears in a kept text
 * is replaced by {@link #WITHHELD}.
 */
public final class PublicProfile {
    public static final String WITHHELD = "[name withheld]";

    private PublicProfile() {
    }

    /** The sections a public site shows: {@code public_sections} without {@code key_players}. */
    public static Set<SectionId> sections(io.keyplan.model.Portal portal) {
        Set<SectionId> allowed = EnumSet.noneOf(SectionId.class);
        allowed.addAll(portal.publicSections());
        allowed.remove(SectionId.KEY_PLAYERS);
        return allowed;
    }

    public static Content filter(Content content) {
        Set<SectionId> allowed = sections(content.portal());
        // Every account's players, internal ones too: a public text may name anybody.
        Redactor redact = new Redactor(content.accounts().stream()
                .flatMap(a -> a.plan().keyPlayers().stream()).map(KeyPlayer::name).toList());
        List<Account> kept = new ArrayList<>();
        for (Account a : content.accounts()) {
            if (a.plan().effectiveVisibility() == Visibility.PUBLIC) {
                kept.add(publicView(a, allowed, redact));
            }
        }
        List<io.keyplan.model.Page> pages = content.pages().stream()
                .map(pg -> new io.keyplan.model.Page(pg.name(), redact.text(pg.title()), redact.text(pg.markdown()), pg.source()))
                .toList();
        return new Content(content.root(), content.portal(), kept, pages);
    }

    private static Account publicView(Account a, Set<SectionId> allowed, Redactor redact) {
        AccountPlan p = a.plan();
        AccountPlan plan = new AccountPlan(p.name(), p.owner(), p.sponsor(), p.industry(), p.region(), p.businessUnit(),
                p.customerSince(), p.stage(), p.status(), p.visibility(), p.lastReview(), Map.of(), Map.of(),
                allowed.contains(SectionId.OVERVIEW) ? p.overview() : null,
                List.of(),
                allowed.contains(SectionId.BUSINESS_ANALYSIS) ? p.businessAnalysis() : null,
                allowed.contains(SectionId.BUSINESS_REVIEW) ? p.businessReview() : null,
                allowed.contains(SectionId.COMPETITION) ? p.competition() : null,
                allowed.contains(SectionId.SWOT) ? p.swot() : null,
                allowed.contains(SectionId.AMBITION) ? p.ambition() : null,
                allowed.contains(SectionId.MISSION) ? p.mission() : null,
                allowed.contains(SectionId.STRATEGIC_FIT) ? p.strategicFit() : null,
                allowed.contains(SectionId.OBJECTIVES) ? p.objectives() : List.of(),
                allowed.contains(SectionId.INVESTMENTS) ? p.investments() : null,
                allowed.contains(SectionId.OPPORTUNITIES) ? p.opportunities() : List.of(),
                allowed.contains(SectionId.FORECAST) ? p.forecast() : null,
                allowed.contains(SectionId.OPPORTUNITIES) ? p.crossSell() : null,
                allowed.contains(SectionId.ACTIONS) ? p.actions() : List.of(),
                allowed.contains(SectionId.TEAM) ? withoutCustomerContacts(p.team()) : null,
                allowed.contains(SectionId.WHY) ? p.why() : null,
                List.of(),
                p.origin());
        Map<SectionId, Narrative> narratives = new LinkedHashMap<>();
        a.narratives().forEach((id, n) -> {
            if (allowed.contains(id)) {
                narratives.put(id, new Narrative(id, redact.text(n.markdown()), n.source()));
            }
        });
        return new Account(a.slug(), redact.record(plan), narratives, List.of(), List.of(), a.source());
    }

    /** A team member's customer contact is a key player's name. */
    private static io.keyplan.model.Team withoutCustomerContacts(io.keyplan.model.Team team) {
        if (team == null) {
            return null;
        }
        return new io.keyplan.model.Team(team.members().stream()
                .map(m -> new io.keyplan.model.TeamMember(m.name(), m.department(), m.role(), null, m.origin()))
                .toList(), team.agreements(), team.origin());
    }

    /** Replaces key players' full names in every text of a record tree. */
    static final class Redactor {
        private final Pattern names;

        Redactor(List<String> playerNames) {
            List<String> sorted = playerNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                    .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            // Words of a name may be split by any white space: Markdown joins a line break into a space.
            this.names = sorted.isEmpty() ? null : Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(" + String.join("|", sorted.stream().map(Redactor::namePattern).toList())
                            + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        private static String namePattern(String name) {
            return String.join("\\s+", java.util.Arrays.stream(name.split("\\s+")).map(Pattern::quote).toList());
        }

        String text(String s) {
            if (s == null || names == null) {
                return s;
            }
            return names.matcher(s).replaceAll(Matcher.quoteReplacement(WITHHELD));
        }

        @SuppressWarnings("unchecked")
        <T> T record(T value) {
            return (T) rewrite(value);
        }

        private Object rewrite(Object value) {
            if (names == null || value == null) {
                return value;
            }
            if (value instanceof String s) {
                return text(s);
            }
            if (value instanceof List<?> list) {
                return list.stream().map(this::rewrite).toList();
            }
            if (value instanceof Map<?, ?> map) {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(rewrite(k), rewrite(v)));
                return java.util.Collections.unmodifiableMap(out);
            }
            if (value instanceof Record r && r.getClass().getPackageName().equals("io.keyplan.model")) {
                return rewriteRecord(r);
            }
            return value;
        }

        private Object rewriteRecord(Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Object v = components[i].getAccessor().invoke(r);
                    args[i] = components[i].getType() == io.keyplan.model.Origin.class ? v : rewrite(v);
                }
                Constructor<?> ctor = r.getClass().getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return ctor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
            }
        }
    }
}
