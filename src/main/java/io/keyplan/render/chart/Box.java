package io.keyplan.render.chart;

/** An axis-aligned rectangle used to keep labels from overlapping. */
record Box(double x, double y, double w, double h) {
    double overlap(Box o) {
        double ox = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
        double oy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }

    /** How much of this box lies outside {@code area}. */
    double outside(Box area) {
        return w * h - overlap(area);
    }
}
