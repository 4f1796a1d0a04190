package io.keyplan.model;

/** One cell of the cross-sell matrix: a status, optionally with the potential amount. */
@Scalar("status")
public record CrossSellCell(
        @Required CellStatus status,
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) Double potential,
        Origin origin) {}
