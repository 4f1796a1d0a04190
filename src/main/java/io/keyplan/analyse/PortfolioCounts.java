package io.keyplan.analyse;

import java.util.Map;

/**
 * Portfolio-level counts. Every map is keyed by code ({@code green}, {@code star}, {@code no-coach})
 * in the enum's order and holds every code, zeros included, so templates can read
 * {@code counts.health['red']}. Counts cover the accounts that are not archived.
 *
 * @param accounts every account, archived included
 * @param portfolio the accounts that are not archived
 */
public record PortfolioCounts(
        int accounts,
        int portfolio,
        int ranked,
        int notAssessed,
        Map<String, Integer> health,
        Map<String, Integer> quadrants,
        Map<String, Integer> tiers,
        Map<String, Integer> risks,
        int stale,
        int overdueActions) {}
