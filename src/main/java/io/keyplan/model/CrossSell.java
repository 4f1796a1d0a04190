package io.keyplan.model;

import java.util.List;
import java.util.Map;

/** The whitespace map: departments x products, shown with the opportunities. */
public record CrossSell(
        @Doc("The products or services that form the columns of the matrix.")
        List<String> products,

        @Doc("Department -> product -> cell.") Map<String, Map<String, CrossSellCell>> departments,
        Origin origin) {}
