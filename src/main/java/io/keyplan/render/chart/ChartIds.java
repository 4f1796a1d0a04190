package io.keyplan.render.chart;

/** Turns a caller-chosen chart id into a safe XML id. */
final class ChartIds {
    private ChartIds() {}

    /**
     * Keeps letters, digits, '-' and '_'; everything else becomes '-'. An id must not start
     * with a digit, so "kp-" is put in front; an empty id becomes "kp-chart".
     */
    static String sanitise(String raw) {
        StringBuilder b = new StringBuilder("kp-");
        String s = raw == null ? "" : raw;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            b.append(ok ? c : '-');
        }
        return b.length() == 3 ? "kp-chart" : b.toString();
    }
}
