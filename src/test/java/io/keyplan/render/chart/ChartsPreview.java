package io.keyplan.render.chart;

import io.keyplan.model.Band;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an HTML page with every chart, to look at in a browser (not a test):
 * {@code java -cp target/classes:target/test-classes io.keyplan.render.chart.ChartsPreview /tmp/charts.html [dark]}.
 */
public final class ChartsPreview {
    private ChartsPreview() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/charts.html");
        boolean dark = args.length > 1 && args[1].equals("dark");
        String css = Files.readString(Path.of("site-theme/assets/css/charts.css"), StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Charts</title><style>\n");
        b.append(css);
        b.append("\nbody{font-family:system-ui,sans-serif;max-width:1100px;margin:1em auto;}"
                + "@media (prefers-color-scheme: dark){body{background:#15181c;color:#e6e9ee}}"
                + "section{margin:1em 0;} .narrow{max-width:520px}\n</style></head><body>\n");
        if (dark) {
            b.append("<!-- dark -->");
        }
        b.append("<h2>Matrix</h2><section>")
                .append(MatrixChart.render(ChartSamples.matrix()))
                .append("</section>");
        b.append("<h2>Crowded matrix</h2><section>")
                .append(MatrixChart.render(ChartSamples.crowdedMatrix()))
                .append("</section>");
        b.append("<h2>Whale curve</h2><section class=\"narrow\">")
                .append(WhaleCurve.render(ChartSamples.whale()))
                .append("</section>");
        b.append("<h2>Pyramid</h2><section class=\"narrow\">")
                .append(Pyramid.render(ChartSamples.pyramid()))
                .append("</section>");
        b.append("<h2>Revenue</h2><section class=\"narrow\">")
                .append(RevenueChart.render(ChartSamples.revenue()))
                .append("</section>");
        b.append("<h2>Key players</h2><section>")
                .append(Organigram.render(ChartSamples.organigram()))
                .append("</section>");
        b.append("<h2>Band bars</h2><table><tr><td>Key players</td><td>")
                .append(BandBar.render(ChartSamples.band(Band.B41_60, Band.B81_100)))
                .append("</td></tr><tr><td>Forecast</td><td>")
                .append(BandBar.render(ChartSamples.band(Band.B81_100, Band.B81_100)))
                .append("</td></tr><tr><td>SWOT</td><td>")
                .append(BandBar.render(ChartSamples.band(null, null)))
                .append("</td></tr></table>");
        b.append("</body></html>\n");
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
}
