package io.keyplan.analyse;

/** An account that is not archived but lacks an axis, listed apart from the ranking (spec 6.3). */
public record NotAssessed(String slug, String name, boolean attractivenessMissing, boolean positionMissing) {}
