package io.keyplan.analyse;

/**
 * An active or at-risk account with a current revenue that the pyramid and the whale curve cannot
 * place because they rank by profit and it has no net contribution (spec 6.4); listed apart, the
 * way the matrix lists the accounts it cannot assess.
 */
public record NotPlaced(String slug, String name) {}
