package io.keyplan.render.chart;

import io.keyplan.model.Attitude;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key players as an organisation chart built from {@code reports_to}. Several roots are
 * drawn side by side. Attitude is shown three ways: colour, a text label and a sign
 * (++, +, =, −, −−) on a patterned stripe.
 */
public final class Organigram {
    /**
     * One key player. {@code id} is unique within the chart; {@code parentId} null (or an id
     * not in the chart) makes a root. {@code attitude} may be null (unknown). Labels are translated.
     */
    public record Node(
            String id,
            String name,
            String title,
            String attitudeLabel,
            Attitude attitude,
            String roleLabel,
            String parentId) {}

    /** The chart input; {@code description} may be null (generated). */
    public record Input(String id, String title, String description, List<Node> nodes) {}

    /** Where a node was drawn: top-left corner of its box. Visible for tests. */
    record Placed(Node node, double x, double y, int depth) {}

    static final double BOX_W = 184;
    static final double BOX_H = 80;
    static final double SLOT = 204;
    static final double LEVEL = 124;
    static final double MARGIN = 12;
    private static final double TREE_GAP = 0.35;

    private Organigram() {}

    /** The chart as an SVG element. */
    public static String render(Input in) {
        List<Placed> placed = layout(in.nodes());
        double maxX = 0;
        double maxY = 0;
        for (Placed p : placed) {
            maxX = Math.max(maxX, p.x() + BOX_W);
            maxY = Math.max(maxY, p.y() + BOX_H);
        }
        double w = Math.max(maxX + MARGIN, 2 * MARGIN + BOX_W);
        double h = Math.max(maxY + MARGIN, 2 * MARGIN + BOX_H);
        Svg svg = new Svg(
                in.id(), "organigram", w, h, in.title(), in.description() != null ? in.description() : describe(in));
        svg.raw("<defs>");
        for (Attitude a : Attitude.values()) {
            Patterns.define(svg, a.code(), pattern(a), fallback(a));
        }
        Patterns.define(svg, "unknown", Patterns.Kind.SOLID, "#dddddd");
        svg.raw("</defs>\n");

        Map<Node, Placed> byNode = new LinkedHashMap<>();
        for (Placed p : placed) {
            byNode.put(p.node(), p);
        }
        Map<String, Placed> byId = new LinkedHashMap<>();
        for (Placed p : placed) {
            byId.putIfAbsent(p.node().id(), p);
        }
        StringBuilder edges = new StringBuilder();
        for (Placed c : placed) {
            Placed parent =
                    c.node().parentId() == null ? null : byId.get(c.node().parentId());
            if (parent != null && parent.depth() == c.depth() - 1) {
                double px = parent.x() + BOX_W / 2;
                double py = parent.y() + BOX_H;
                double cx = c.x() + BOX_W / 2;
                double mid = py + (LEVEL - BOX_H) / 2;
                edges.append("M")
                        .append(Svg.num(px))
                        .append(",")
                        .append(Svg.num(py))
                        .append(" V")
                        .append(Svg.num(mid))
                        .append(" H")
                        .append(Svg.num(cx))
                        .append(" V")
                        .append(Svg.num(c.y()))
                        .append(" ");
            }
        }
        if (edges.length() > 0) {
            svg.raw("<path class=\"kp-org-edge\" d=\"" + edges.toString().trim()
                    + "\" stroke=\"#888\" stroke-width=\"1.4\" fill=\"none\"/>\n");
        }
        for (Placed p : placed) {
            node(svg, p);
        }
        return svg.finish();
    }

    private static void node(Svg svg, Placed p) {
        Node n = p.node();
        String att = n.attitude() == null ? "unknown" : n.attitude().code();
        double x = p.x();
        double y = p.y();
        double tx = x + 20;
        double tw = BOX_W - 26;
        svg.raw("<g class=\"kp-org-node kp-att-" + att + "\"><title>")
                .text(tooltip(n))
                .raw("</title>");
        svg.raw("<rect class=\"kp-org-box\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(BOX_W)
                + "\" height=\"" + Svg.num(BOX_H) + "\" rx=\"4\" fill=\"#fff\" stroke=\"#888\"/>");
        svg.raw("<rect class=\"kp-org-stripe\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"12\" height=\""
                + Svg.num(BOX_H) + "\" fill=\"" + Patterns.url(svg, att) + "\" stroke=\"#888\"/>");
        svg.raw("<text class=\"kp-text\" x=\"" + Svg.num(tx) + "\" y=\"" + Svg.num(y + 18)
                        + "\" font-size=\"13\" font-weight=\"bold\" fill=\"currentColor\">")
                .text(Svg.fit(n.name(), tw, 13))
                .raw("</text>");
        if (n.title() != null && !n.title().isBlank()) {
            svg.raw("<text class=\"kp-text\" x=\"" + Svg.num(tx) + "\" y=\"" + Svg.num(y + 34)
                            + "\" font-size=\"11\" fill=\"currentColor\">")
                    .text(Svg.fit(n.title(), tw, 11))
                    .raw("</text>");
        }
        if (n.roleLabel() != null && !n.roleLabel().isBlank()) {
            svg.raw("<text class=\"kp-muted\" x=\"" + Svg.num(tx) + "\" y=\"" + Svg.num(y + 50)
                            + "\" font-size=\"11\" font-style=\"italic\" fill=\"currentColor\">")
                    .text(Svg.fit(n.roleLabel(), tw, 11))
                    .raw("</text>");
        }
        if (n.attitude() != null || n.attitudeLabel() != null) {
            String label = sign(n.attitude()) + " " + (n.attitudeLabel() != null ? n.attitudeLabel() : att);
            svg.raw("<text class=\"kp-org-attitude\" x=\"" + Svg.num(tx) + "\" y=\"" + Svg.num(y + 70)
                            + "\" font-size=\"12\" font-weight=\"bold\" fill=\"" + fallbackText(n.attitude()) + "\">")
                    .text(Svg.fit(label.strip(), tw, 12))
                    .raw("</text>");
        }
        svg.raw("</g>\n");
    }

    /**
     * Tidy layout: leaves take the next free column, a parent sits centred over its first
     * and last child, root trees go side by side in input order. Unknown parents and cycles
     * make a node a root, so every node is drawn exactly once.
     */
    static List<Placed> layout(List<Node> nodes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id() != null) {
                index.putIfAbsent(nodes.get(i).id(), i);
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            String pid = nodes.get(i).parentId();
            Integer p = pid == null ? null : index.get(pid);
            parent[i] = p == null || p == i ? -1 : p;
        }
        // Break cycles: walking up from a node must end at a root.
        for (int i = 0; i < nodes.size(); i++) {
            Set<Integer> seen = new HashSet<>();
            int cur = i;
            while (cur >= 0 && seen.add(cur)) {
                cur = parent[cur];
            }
            if (cur >= 0) {
                parent[cur] = -1;
            }
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            children.add(new ArrayList<>());
        }
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (parent[i] < 0) {
                roots.add(i);
            } else {
                children.get(parent[i]).add(i);
            }
        }
        double[] col = new double[nodes.size()];
        int[] depth = new int[nodes.size()];
        double[] next = {0};
        for (int k = 0; k < roots.size(); k++) {
            if (k > 0) {
                next[0] += TREE_GAP;
            }
            place(roots.get(k), 0, children, col, depth, next);
        }
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.add(new Placed(nodes.get(i), MARGIN + col[i] * SLOT, MARGIN + depth[i] * LEVEL, depth[i]));
        }
        return out;
    }

    private static void place(int n, int d, List<List<Integer>> children, double[] col, int[] depth, double[] next) {
        depth[n] = d;
        List<Integer> kids = children.get(n);
        if (kids.isEmpty()) {
            col[n] = next[0];
            next[0] += 1;
            return;
        }
        for (int k : kids) {
            place(k, d + 1, children, col, depth, next);
        }
        col[n] = (col[kids.get(0)] + col[kids.get(kids.size() - 1)]) / 2;
    }

    private static String sign(Attitude a) {
        if (a == null) {
            return "?";
        }
        return switch (a) {
            case CHAMPION -> "++";
            case SUPPORTER -> "+";
            case NEUTRAL -> "=";
            case CRITIC -> "\u2212";
            case OPPONENT -> "\u2212\u2212";
        };
    }

    private static Patterns.Kind pattern(Attitude a) {
        return switch (a) {
            case CHAMPION -> Patterns.Kind.VERTICAL;
            case SUPPORTER -> Patterns.Kind.DIAGONAL;
            case NEUTRAL -> Patterns.Kind.DOTS;
            case CRITIC -> Patterns.Kind.BACK_DIAGONAL;
            case OPPONENT -> Patterns.Kind.CROSS;
        };
    }

    private static String fallback(Attitude a) {
        return switch (a) {
            case CHAMPION -> "#1a7f37";
            case SUPPORTER -> "#7cc48a";
            case NEUTRAL -> "#b0b0b0";
            case CRITIC -> "#f0a35e";
            case OPPONENT -> "#c0392b";
        };
    }

    private static String fallbackText(Attitude a) {
        if (a == null) {
            return "#555";
        }
        return switch (a) {
            case CHAMPION -> "#1a7f37";
            case SUPPORTER -> "#2e7d44";
            case NEUTRAL -> "#555";
            case CRITIC -> "#a85a12";
            case OPPONENT -> "#b02a1e";
        };
    }

    private static String tooltip(Node n) {
        StringBuilder b = new StringBuilder(n.name() == null ? "" : n.name());
        for (String s : new String[] {n.title(), n.roleLabel(), n.attitudeLabel()}) {
            if (s != null && !s.isBlank()) {
                b.append(" \u2014 ").append(s);
            }
        }
        return b.toString();
    }

    static String describe(Input in) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Node n : in.nodes()) {
            if (n.id() != null) {
                names.putIfAbsent(n.id(), n.name());
            }
        }
        StringBuilder b = new StringBuilder();
        for (Node n : in.nodes()) {
            b.append(b.length() > 0 ? "; " : "").append(tooltip(n));
            String p = n.parentId() == null ? null : names.get(n.parentId());
            if (p != null) {
                b.append(" \u2192 ").append(p);
            }
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }
}
