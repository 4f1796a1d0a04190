package io.keyplan.profile;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Narrative;
import io.keyplan.model.Page;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.model.Visibility;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list of a public build (spec section 7): what is not named here is in no file of
 * the site. It works on the model, before anything is rendered, so no template, search index
 * or data file can leak what it never sees.
 *
 * <ul>
 * <li>only accounts with {@code visibility: public};</li>
 * <li>of those, only the sections in {@code portal.public_sections}, with their narratives;
 *     {@code key_players} never, even when listed, because no key player's name may appear;</li>
 * <li>the header fields except {@code selection_scores} and {@code completeness}, and no
 *     person's e-mail address;</li>
 * <li>no notes, attachments or reviews;</li>
 * <li>the free pages marked {@code visibility: public}.</li>
 * </ul>
 * E-mail addresses in released texts are withheld ({@link Emails}); amounts of money,
 * percentages, e-mail addresses and phone numbers in them get a warning ({@link DisclosureWarnings}).
 * Any key player's full name, of any account, that is still written in a kept text, in any form
 * a reader would recognise, is replaced by {@link #WITHHELD} ({@link NameRedactor}); a surname on
 * its own gets a warning. A name in an account folder's or page's file name cannot be withheld
 * without breaking the page's address: that is an error.
 */
public final class PublicProfile {
    public static final String WITHHELD = "[name withheld]";
    static final String RULE = "public-name";

    private PublicProfile() {}

    /** The sections a public site shows: {@code public_sections} without {@code key_players}. */
    public static Set<SectionId> sections(io.keyplan.model.Portal portal) {
        Set<SectionId> allowed = EnumSet.noneOf(SectionId.class);
        allowed.addAll(portal.publicSections());
        allowed.remove(SectionId.KEY_PLAYERS);
        return allowed;
    }

    /** {@link #filter(Content, Diagnostics)} without the findings. */
    public static Content filter(Content content) {
        return filter(content, new Diagnostics());
    }

    /**
     * The public view of the content. Reports a warning for each key player's surname left in a
     * released text and an error for a key player's name in a released file name.
     */
    public static Content filter(Content content, Diagnostics diagnostics) {
        Set<SectionId> allowed = sections(content.portal());
        NameRedactor names = new NameRedactor(players(content), WITHHELD);
        SurnameWarnings surnames = new SurnameWarnings(diagnostics);
        DisclosureWarnings figures = new DisclosureWarnings(diagnostics);
        RecordTexts portal = new RecordTexts((text, at, person) -> released(names, names.release(text, false)));
        RecordTexts fields = new RecordTexts((text, at, person) -> {
            figures.field(text, at);
            NameRedactor.Released r = names.release(text, !person);
            surnames.field(r, at);
            return released(names, r);
        });
        List<Account> kept = new ArrayList<>();
        for (Account a : content.accounts()) {
            if (a.plan().effectiveVisibility() == Visibility.PUBLIC) {
                fileName(names, a.slug(), "account folder", a.source(), diagnostics);
                kept.add(publicView(a, allowed, names, fields, surnames, figures));
            }
        }
        List<Page> pages = new ArrayList<>();
        for (Page pg : content.pages()) {
            if (pg.visibility() != Visibility.PUBLIC) {
                continue; // spec 7: a free page is released only when it says so
            }
            fileName(names, pg.name(), "page file", pg.source(), diagnostics);
            NameRedactor.Released title = names.release(pg.title(), true);
            NameRedactor.Released body = names.release(pg.markdown(), true);
            boolean titleInBody = pg.markdown() != null && pg.markdown().contains(pg.title());
            if (!title.surnames().isEmpty() && !titleInBody) {
                surnames.title(
                        title,
                        pg.source()); // from the front matter; a title from the first heading is found in the body
            }
            surnames.markdown(body, pg.markdown(), pg.source());
            if (!titleInBody && pg.title() != null) {
                figures.title(pg.title(), pg.source());
            }
            if (pg.markdown() != null) {
                figures.markdown(pg.markdown(), pg.source(), true);
            }
            pages.add(new Page(pg.name(), released(names, title), released(names, body), pg.visibility(), pg.source()));
        }
        return new Content(content.root(), portal.record(content.portal()), kept, pages);
    }

    /**
     * The released text: names withheld, then e-mail addresses (after the names, so that the
     * surnames' offsets stay those of the user's text). Should the marker itself spell a key
     * player's name, it is withheld again.
     */
    private static String released(NameRedactor names, NameRedactor.Released r) {
        String text = Emails.withhold(r.text());
        return text == r.text() || !names.holdsName(text) ? text : names.redact(text);
    }

    /** Every account's players, internal ones too: a public text may name anybody. */
    private static Map<String, String> players(Content content) {
        Map<String, String> players = new LinkedHashMap<>();
        for (Account a : content.accounts()) {
            for (KeyPlayer k : a.plan().keyPlayers()) {
                if (k.name() != null && !k.name().isBlank()) {
                    players.putIfAbsent(k.name(), a.slug());
                }
            }
        }
        return players;
    }

    /** A folder or file name is a page's address: it cannot be withheld, so it must not hold a name. */
    private static void fileName(NameRedactor names, String name, String kind, SourceSpan at, Diagnostics diagnostics) {
        if (names.holdsName(name)) {
            diagnostics.error(
                    at,
                    RULE,
                    "the " + kind + " name '" + name + "' holds the name of a key player, and on the "
                            + "public site it is part of the page's address, where it cannot be withheld",
                    "rename the " + kind + ", or leave it out of the public site");
        }
    }

    private static Account publicView(
            Account a,
            Set<SectionId> allowed,
            NameRedactor names,
            RecordTexts fields,
            SurnameWarnings surnames,
            DisclosureWarnings figures) {
        AccountPlan p = a.plan();
        // Every component named here rather than kept through PlanParts: this is the allow-list, so a
        // component added to the plan must not compile until someone has said whether it is public.
        AccountPlan plan = new AccountPlan(
                p.name(),
                p.owner(),
                p.sponsor(),
                p.industry(),
                p.region(),
                p.businessUnit(),
                p.customerSince(),
                p.stage(),
                p.status(),
                p.visibility(),
                p.lastReview(),
                p.language(),
                Map.of(),
                Map.of(),
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
                NameRedactor.Released r = names.release(n.markdown(), true);
                surnames.markdown(r, n.markdown(), n.source());
                figures.markdown(n.markdown(), n.source(), false);
                narratives.put(id, new Narrative(id, released(names, r), n.source()));
            }
        });
        return new Account(a.slug(), fields.record(plan), narratives, List.of(), List.of(), a.source());
    }

    /** A team member's customer contact is a key player's name. */
    private static io.keyplan.model.Team withoutCustomerContacts(io.keyplan.model.Team team) {
        if (team == null) {
            return null;
        }
        return new io.keyplan.model.Team(
                team.members().stream()
                        .map(m -> new io.keyplan.model.TeamMember(m.name(), m.department(), m.role(), null, m.origin()))
                        .toList(),
                team.agreements(),
                team.origin());
    }

    /** Replaces key players' full names in texts and record trees; for tests and callers without positions. */
    static final class Redactor {
        private final NameRedactor names;
        private final RecordTexts records;

        Redactor(List<String> playerNames) {
            Map<String, String> players = new LinkedHashMap<>();
            playerNames.stream().filter(n -> n != null && !n.isBlank()).forEach(n -> players.putIfAbsent(n, ""));
            this.names = new NameRedactor(players, WITHHELD);
            this.records = new RecordTexts((text, at, person) -> names.redact(text));
        }

        String text(String s) {
            return names.redact(s);
        }

        <T> T record(T value) {
            return records.record(value);
        }
    }
}
