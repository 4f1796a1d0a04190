package io.keyplan.render.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The boxes already on a chart, in a grid of cells over the chart's area, so that finding what a
 * new label would cover looks only at its neighbourhood: a matrix of thousands of accounts no
 * longer compares every label with every bubble. {@link #any} asks about the nearby boxes in the
 * order they were added, as a plain loop over a list would, so labels land on the same spot every
 * time.
 */
final class Boxes {
    private static final double CELL = 24;

    private final List<Box> boxes = new ArrayList<>();
    private final double x0;
    private final double y0;
    private final int columns;
    private final int rows;
    private final int[][] cells;
    private final int[] sizes;
    private int[] seen = new int[64];
    private int[] found = new int[64];
    private int query;

    /** Boxes outside {@code area} are kept too; they share its border cells. */
    Boxes(Box area) {
        this.x0 = area.x();
        this.y0 = area.y();
        this.columns = Math.max(1, (int) Math.ceil(area.w() / CELL) + 1);
        this.rows = Math.max(1, (int) Math.ceil(area.h() / CELL) + 1);
        this.cells = new int[columns * rows][];
        this.sizes = new int[columns * rows];
    }

    void add(Box b) {
        int index = boxes.size();
        boxes.add(b);
        if (seen.length <= index) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        int cx0 = column(b.x());
        int cx1 = column(b.x() + b.w());
        int cy0 = row(b.y());
        int cy1 = row(b.y() + b.h());
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int cell = cy * columns + cx;
                int[] list = cells[cell];
                int n = sizes[cell];
                if (list == null) {
                    list = new int[8];
                    cells[cell] = list;
                } else if (list.length == n) {
                    list = Arrays.copyOf(list, n * 2);
                    cells[cell] = list;
                }
                list[n] = index;
                sizes[cell] = n + 1;
            }
        }
    }

    /** The box added {@code index}-th. */
    Box get(int index) {
        return boxes.get(index);
    }

    /**
     * Whether {@code hit} accepts any box near {@code b} (sharing a grid cell with it), asked in
     * insertion order; a box far from {@code b} is never asked about.
     */
    boolean any(Box b, IntPredicate hit) {
        int count = collect(b);
        for (int i = 0; i < count; i++) {
            if (hit.test(found[i])) {
                return true;
            }
        }
        return false;
    }

    /** Puts the boxes sharing a cell with {@code b} into {@code found}, each once, in insertion order. */
    private int collect(Box b) {
        query++;
        int count = 0;
        int cx0 = column(b.x());
        int cx1 = column(b.x() + b.w());
        int cy0 = row(b.y());
        int cy1 = row(b.y() + b.h());
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int cell = cy * columns + cx;
                int[] list = cells[cell];
                int n = sizes[cell];
                for (int i = 0; i < n; i++) {
                    int index = list[i];
                    if (seen[index] != query) {
                        seen[index] = query;
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = index;
                    }
                }
            }
        }
        Arrays.sort(found, 0, count);
        return count;
    }

    private int column(double x) {
        return clamp((x - x0) / CELL, columns);
    }

    private int row(double y) {
        return clamp((y - y0) / CELL, rows);
    }

    /** Off-chart or broken coordinates fall into the border cells; the overlap itself is still measured exactly. */
    private static int clamp(double v, int size) {
        if (!(v >= 0)) {
            return 0;
        }
        return (int) Math.min(size - 1, Math.floor(v));
    }
}
