package io.keyplan.analyse;

import io.keyplan.model.AccountPlan;
import io.keyplan.model.Attitude;
import io.keyplan.model.Influence;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.PlayerRole;
import java.util.ArrayList;
import java.util.List;

/**
 * One relationship risk of spec 6.5, with the key players it is about (the economic buyers,
 * the hostile influencers, the uncovered players; empty for the "no X" risks).
 */
public record Risk(RiskId id, List<String> players) {

    public Risk {
        players = List.copyOf(players);
    }

    /** The risk id as written in data files ({@code no-coach}). */
    public String code() {
        return id.code();
    }

    /** The red flags of one plan, in the order of {@link RiskId}. */
    public static List<Risk> of(AccountPlan plan) {
        List<KeyPlayer> players = plan.keyPlayers();
        List<Risk> out = new ArrayList<>();
        List<String> economicBuyers = names(players.stream()
                .filter(k -> k.role() == PlayerRole.ECONOMIC_BUYER)
                .toList());
        if (economicBuyers.isEmpty()) {
            out.add(new Risk(RiskId.NO_ECONOMIC_BUYER, List.of()));
        }
        if (economicBuyers.size() > 1) {
            out.add(new Risk(RiskId.SEVERAL_ECONOMIC_BUYERS, economicBuyers));
        }
        if (players.stream().noneMatch(k -> k.role() == PlayerRole.COACH)) {
            out.add(new Risk(RiskId.NO_COACH, List.of()));
        }
        if (players.stream().noneMatch(k -> k.attitude() == Attitude.CHAMPION)) {
            out.add(new Risk(RiskId.NO_CHAMPION, List.of()));
        }
        List<String> hostile = names(players.stream()
                .filter(k -> k.influence() == Influence.HIGH
                        && (k.attitude() == Attitude.CRITIC || k.attitude() == Attitude.OPPONENT))
                .toList());
        if (!hostile.isEmpty()) {
            out.add(new Risk(RiskId.HOSTILE_INFLUENCER, hostile));
        }
        List<String> uncovered = names(
                players.stream().filter(k -> !Figures.filled(k.ourContact())).toList());
        if (!uncovered.isEmpty()) {
            out.add(new Risk(RiskId.UNCOVERED_PLAYER, uncovered));
        }
        if (plan.sponsor() == null || !Figures.filled(plan.sponsor().name())) {
            out.add(new Risk(RiskId.NO_SPONSOR, List.of()));
        }
        return List.copyOf(out);
    }

    private static List<String> names(List<KeyPlayer> players) {
        return players.stream().map(KeyPlayer::name).toList();
    }
}
