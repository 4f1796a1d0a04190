package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.render.chart.MatrixGeometry;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The portfolio matrix of the example portfolio, as the page shows it: labels cover nothing, bubbles are links. */
class PortfolioMatrixTest {
    private static final Document PAGE =
            Jsoup.parse(TestSite.render(ExampleContent.load()).text("portfolio/index.html"));

    @Test
    void labelsOfTheExampleCoverNothingAndOmittedNamesAreCounted() {
        Element svg = PAGE.selectFirst("#matrix svg.kp-chart");
        Document chart = Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser());
        int labelled = MatrixGeometry.assertLabelsClear(chart);
        int bubbles = chart.select("g.kp-bubbles circle.kp-bubble").size();
        assertEquals(PAGE.select("#matrix .matrix-table tbody tr").size(), bubbles);
        assertTrue(labelled >= bubbles - 2, "most example names fit: " + labelled + " of " + bubbles);
        Element note = PAGE.selectFirst("#matrix-unlabelled");
        if (labelled < bubbles) {
            assertTrue(note.text().startsWith((bubbles - labelled) + " names are not on the chart"), note.text());
        } else {
            assertEquals(null, note);
        }
        MatrixGeometry.assertLinksAreReachable(chart);
    }

    @Test
    void theMatrixTableAndTheRankingRoundScoresAlike() {
        List<String> ranking = PAGE.select("#ranking tbody tr").stream()
                .map(r -> r.selectFirst("th").text() + " " + r.child(3).text() + " "
                        + r.child(4).text())
                .sorted()
                .toList();
        List<String> matrix = PAGE.select("#matrix .matrix-table tbody tr").stream()
                .map(r -> r.selectFirst("th").text() + " " + r.child(1).text() + " "
                        + r.child(2).text())
                .sorted()
                .toList();
        assertEquals(ranking, matrix);
        assertFalse(ranking.isEmpty());
    }
}
