package io.keyplan.model;

/** One cell of the cross-sell matrix: a status, optionally with the potential amount. */
@Scalar("status")
public record CrossSellCell(
        @Required @Doc("What the department does about the product.")
        CellStatus status,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) @Doc("The potential amount, in the portal currency.")
        Double potential,

        Origin origin) {}
