package io.keyplan.render.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes already on a chart, in a grid of cells so that finding what a new label would cover
 * looks only at its neighbourhood: a matrix of thousands of accounts stays linear instead of
 * comparing every label with every bubble. {@link #addOverlaps} adds the overlaps up in the order
 * the boxes were added, exactly as a plain loop over a list would, so labels land on the same
 * spot to the last digit.
 */
final class Boxes {
    private static final double CELL = 32;

    private final List<Box> boxes = new ArrayList<>();
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();
    private int[] seen = new int[16];
    private int query;

    void add(Box b) {
        int index = boxes.size();
        boxes.add(b);
        if (seen.length <= index) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        forEachCell(b, key -> {
            int n = sizes.getOrDefault(key, 0);
            int[] list = cells.get(key);
            if (list == null) {
                list = new int[4];
            } else if (list.length == n) {
                list = Arrays.copyOf(list, n * 2);
            }
            list[n] = index;
            cells.put(key, list);
            sizes.put(key, n + 1);
        });
    }

    /**
     * {@code start} plus the overlap area of {@code b} with every box added so far, added one by
     * one in insertion order (floating-point sums depend on the order).
     */
    double addOverlaps(double start, Box b) {
        double sum = start;
        for (int index : collect(b)) {
            sum += b.overlap(boxes.get(index));
        }
        return sum;
    }

    /** The boxes sharing a cell with {@code b}, each once, in the order they were added. */
    private int[] collect(Box b) {
        query++;
        int[][] holder = {new int[16]};
        int[] count = {0};
        forEachCell(b, key -> {
            int[] list = cells.get(key);
            if (list == null) {
                return;
            }
            int n = sizes.get(key);
            for (int i = 0; i < n; i++) {
                int index = list[i];
                if (seen[index] != query) {
                    seen[index] = query;
                    if (count[0] == holder[0].length) {
                        holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
                    }
                    holder[0][count[0]++] = index;
                }
            }
        });
        int[] all = Arrays.copyOf(holder[0], count[0]);
        Arrays.sort(all);
        return all;
    }

    private interface CellAction {
        void accept(long key);
    }

    private static void forEachCell(Box b, CellAction action) {
        int x0 = cell(b.x());
        int x1 = cell(b.x() + b.w());
        int y0 = cell(b.y());
        int y1 = cell(b.y() + b.h());
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                action.accept(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
    }

    private static int cell(double v) {
        // Far-off or broken coordinates all share the border cells; overlap() still measures exactly.
        double c = Math.floor(v / CELL);
        return (int) Math.max(-1_000, Math.min(1_000, c));
    }
}
