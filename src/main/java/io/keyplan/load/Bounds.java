package io.keyplan.load;

import io.keyplan.model.Range;

/**
 * A field's {@link Range}, read once: an annotation's values are read through a proxy on every
 * call, and the binder asks for them on every number of every plan.
 */
record Bounds(double min, double max) {
    static Bounds of(Range range) {
        return new Bounds(range.min(), range.max());
    }
}
