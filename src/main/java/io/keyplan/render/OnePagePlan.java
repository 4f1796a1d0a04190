package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.Health;
import io.keyplan.analyse.Risk;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Action;
import io.keyplan.model.ActionStatus;
import io.keyplan.model.Competitor;
import io.keyplan.model.Influence;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Language;
import io.keyplan.model.Objective;
import io.keyplan.model.ObjectiveKind;
import io.keyplan.model.PlayerRole;
import io.keyplan.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The condensed plan that must fit on ONE printed A4 page ("sterk verkort accountplan"):
 * every list is capped and every text is cut, and {@code truncated} says whether anything
 * was left out so the page can point to the full plan. Template variable {@code one}.
 *
 * @param goal        the mission statement (plain text), or null
 * @param objective   the first quantitative objective of the fiscal year (or the first objective), cut; or null
 * @param actions     the open actions, soonest first, numbered for the timeline
 * @param moreActions open actions not shown; likewise {@code morePlayers}, {@code moreCompetitors}
 */
public record OnePagePlan(
        String slug,
        String name,
        String owner,
        String sponsor,
        Status status,
        Health health,
        Double completeness,
        List<KeyPlayer> players,
        int morePlayers,
        String goal,
        String objective,
        String objectiveTarget,
        Integer objectiveYear,
        List<String> threats,
        List<Risk> risks,
        List<Competitor> competitors,
        int moreCompetitors,
        List<NumberedAction> actions,
        int moreActions,
        String timeline,
        boolean truncated,
        Language language) {

    static final int MAX_PLAYERS = 6;
    static final int MAX_THREATS = 3;
    static final int MAX_RISKS = 4;
    static final int MAX_COMPETITORS = 4;
    static final int MAX_ACTIONS = 5;
    static final int GOAL_CHARS = 280;
    static final int LINE_CHARS = 110;

    /** An open action with its number on the timeline. */
    public record NumberedAction(int number, String action, String owner, LocalDate due, boolean overdue) {}

    /**
     * Picks what fits. Players: the most influential first (high, medium, low, unknown), economic
     * buyers before others of the same influence, otherwise in plan order.
     */
    static OnePagePlan of(
            Account account,
            AccountFigures figures,
            Markdown md,
            LocalDate buildDate,
            int fiscalYear,
            java.util.function.Function<List<NumberedAction>, String> timeline) {
        AccountPlan p = account.plan();
        boolean[] cut = {false};

        List<KeyPlayer> players = new ArrayList<>(p.keyPlayers());
        players.sort(Comparator.comparingInt(OnePagePlan::influenceRank)
                .thenComparingInt(k -> k.role() == PlayerRole.ECONOMIC_BUYER ? 0 : 1));
        int morePlayers = Math.max(0, players.size() - MAX_PLAYERS);
        players = players.subList(0, Math.min(players.size(), MAX_PLAYERS));

        String goal = null;
        String statement = p.mission() == null ? null : p.mission().statement();
        if (statement == null || statement.isBlank()) {
            var narrative = account.narrative(io.keyplan.model.SectionId.MISSION);
            statement = narrative == null ? null : narrative.markdown();
        }
        if (statement != null && !statement.isBlank()) {
            goal = cut(md.plainText(statement).replace('\n', ' '), GOAL_CHARS, cut);
        }
        Objective objective = p.objectives().stream()
                .filter(o -> o.kind() == ObjectiveKind.QUANTITATIVE && o.year() != null && o.year() == fiscalYear)
                .findFirst()
                .orElse(p.objectives().stream()
                        .filter(o -> o.kind() == ObjectiveKind.QUANTITATIVE)
                        .findFirst()
                        .orElse(p.objectives().isEmpty() ? null : p.objectives().get(0)));

        List<String> threats = new ArrayList<>();
        if (p.swot() != null) {
            for (String t : p.swot().threats()) {
                if (t != null && !t.isBlank()) {
                    threats.add(cut(md.plainText(t).replace('\n', ' '), LINE_CHARS, cut));
                }
            }
        }
        if (threats.size() > MAX_THREATS) {
            cut[0] = true;
            threats = threats.subList(0, MAX_THREATS);
        }
        List<Risk> risks = figures == null ? Risk.of(p) : figures.risks();
        if (risks.size() > MAX_RISKS) {
            // The hostile players matter most on paper; keep them, drop the "no X" risks last in line.
            List<Risk> ordered = new ArrayList<>(risks);
            ordered.sort(Comparator.comparingInt(r -> r.players().isEmpty() ? 1 : 0));
            risks = ordered.subList(0, MAX_RISKS);
            cut[0] = true;
        }

        List<Competitor> competitors = new ArrayList<>(
                p.competition() == null ? List.of() : p.competition().competitors());
        competitors.sort(
                Comparator.comparing(Competitor::sharePct, Comparator.nullsLast(Comparator.<Double>reverseOrder())));
        int moreCompetitors = Math.max(0, competitors.size() - MAX_COMPETITORS);
        competitors = competitors.subList(0, Math.min(competitors.size(), MAX_COMPETITORS));

        List<Action> open = new ArrayList<>(p.actions().stream()
                .filter(a -> a.effectiveStatus() == ActionStatus.OPEN)
                .toList());
        open.sort(Comparator.comparing(Action::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        int moreActions = Math.max(0, open.size() - MAX_ACTIONS);
        List<NumberedAction> actions = new ArrayList<>();
        for (int i = 0; i < Math.min(open.size(), MAX_ACTIONS); i++) {
            Action a = open.get(i);
            actions.add(new NumberedAction(
                    i + 1,
                    cut(md.plainText(a.action()).replace('\n', ' '), LINE_CHARS, cut),
                    a.owner(),
                    a.due(),
                    a.overdueOn(buildDate)));
        }

        Double completeness = figures == null ? null : figures.completeness().shownPercent();
        return new OnePagePlan(
                account.slug(),
                p.name(),
                p.owner() == null ? null : p.owner().name(),
                p.sponsor() == null ? null : p.sponsor().name(),
                p.effectiveStatus(),
                // An archived account has no health to show (nor quadrant or tier): it is out of the running.
                figures == null || figures.archived() ? null : figures.health(),
                completeness,
                players,
                morePlayers,
                goal,
                objective == null
                        ? null
                        : cut(md.plainText(objective.objective()).replace('\n', ' '), LINE_CHARS, cut),
                objective == null || objective.target() == null ? null : cut(objective.target(), 40, cut),
                objective == null ? null : objective.year(),
                threats,
                risks,
                competitors,
                moreCompetitors,
                actions,
                moreActions,
                timeline.apply(actions),
                cut[0] || morePlayers > 0 || moreCompetitors > 0 || moreActions > 0,
                p.language());
    }

    private static int influenceRank(KeyPlayer k) {
        return k.influence() == null
                ? 3
                : k.influence() == Influence.HIGH ? 0 : k.influence() == Influence.MEDIUM ? 1 : 2;
    }

    /** At most {@code max} characters, cut at a word and ended with an ellipsis; marks {@code cut}. */
    static String cut(String text, int max, boolean[] cut) {
        if (text == null || text.length() <= max) {
            return text;
        }
        cut[0] = true;
        int end = text.lastIndexOf(' ', max - 1);
        return text.substring(0, end > max / 2 ? end : max - 1).stripTrailing() + "…";
    }
}
