package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.TeamMember;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** References between key players and team members: names exist, are unique, no reporting cycles. */
final class PeopleChecks {
    private final AccountPlan plan;
    private final Diagnostics d;
    private final Map<String, KeyPlayer> players = new LinkedHashMap<>();
    private final Map<String, TeamMember> members = new LinkedHashMap<>();

    PeopleChecks(AccountPlan plan, Diagnostics diagnostics) {
        this.plan = plan;
        this.d = diagnostics;
    }

    void check() {
        for (KeyPlayer p : plan.keyPlayers()) {
            if (p.name() == null) {
                continue;
            }
            KeyPlayer first = players.putIfAbsent(p.name(), p);
            if (first != null) {
                d.error(
                        p.origin().of("name"),
                        "duplicate-name",
                        "there are two key players named '" + p.name() + "'; the first is on line "
                                + first.origin().of("name").line(),
                        "give each key player a distinct name, so references to them are clear");
            }
        }
        List<TeamMember> team = plan.team() == null ? List.of() : plan.team().members();
        for (TeamMember m : team) {
            if (m.name() == null) {
                continue;
            }
            TeamMember first = members.putIfAbsent(m.name(), m);
            if (first != null) {
                d.error(
                        m.origin().of("name"),
                        "duplicate-name",
                        "there are two team members named '" + m.name() + "'; the first is on line "
                                + first.origin().of("name").line(),
                        null);
            }
        }
        // A reference is only judged against a list read in full: one that lost an item to a mistake
        // (or whose key may be misspelt) would turn that one mistake into an error at every reference.
        boolean teamRead = plan.origin().intact("team");
        boolean playersRead = plan.origin().intact("key_players");
        for (KeyPlayer p : plan.keyPlayers()) {
            if (teamRead && p.ourContact() != null && !members.containsKey(p.ourContact())) {
                d.error(
                        p.origin().of("our_contact"),
                        "reference",
                        "'our_contact' names \"" + p.ourContact() + "\", who is not a member of the team"
                                + Refs.didYouMean(p.ourContact(), members.keySet()),
                        Refs.known("team members (team.members)", members.keySet()));
            }
            if (p.reportsTo() != null) {
                if (p.reportsTo().equals(p.name())) {
                    d.error(
                            p.origin().of("reports_to"),
                            "reference",
                            "'" + p.name() + "' cannot report to themselves",
                            "name the key player this person reports to, or leave 'reports_to' out");
                } else if (playersRead && !players.containsKey(p.reportsTo())) {
                    d.error(
                            p.origin().of("reports_to"),
                            "reference",
                            "'reports_to' names \"" + p.reportsTo() + "\", who is not a key player"
                                    + Refs.didYouMean(p.reportsTo(), players.keySet()),
                            Refs.known("key players", players.keySet()));
                }
            }
        }
        for (TeamMember m : team) {
            if (playersRead && m.customerContact() != null && !players.containsKey(m.customerContact())) {
                d.error(
                        m.origin().of("customer_contact"),
                        "reference",
                        "'customer_contact' names \""
                                + m.customerContact() + "\", who is not a key player"
                                + Refs.didYouMean(m.customerContact(), players.keySet()),
                        Refs.known("key players", players.keySet()));
            }
        }
        cycles();
    }

    /** A reports_to chain that comes back to where it started cannot be drawn as an organigram. */
    private void cycles() {
        Set<String> reported = new HashSet<>();
        for (KeyPlayer start : players.values()) {
            Set<String> seen = new java.util.LinkedHashSet<>();
            KeyPlayer p = start;
            while (p != null && p.reportsTo() != null && !p.reportsTo().equals(p.name()) && seen.add(p.name())) {
                p = players.get(p.reportsTo());
            }
            if (p != null && p.name().equals(start.name()) && seen.size() > 1 && reported.add(start.name())) {
                reported.addAll(seen);
                d.error(
                        start.origin().of("reports_to"),
                        "reference",
                        "'reports_to' goes round in a circle: " + String.join(" -> ", seen) + " -> " + start.name(),
                        "someone at the top of the organigram reports to nobody; remove one 'reports_to'");
            }
        }
    }
}
