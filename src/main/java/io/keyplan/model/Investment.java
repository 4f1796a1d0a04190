package io.keyplan.model;

/** One investment, by the customer or by us. */
public record Investment(@Required String item, Double amount, Origin origin) {
}
