package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Band;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BandBarTest {
    @Test
    void fillsUpToTheComputedBandAndMarksTheSelfAssessedOne() {
        String svg = BandBar.render(ChartSamples.band(Band.B41_60, Band.B81_100));
        SvgAssert.accessibleRoot(svg, "Key players: 41-60 % complete");
        Document doc = SvgAssert.parse(svg);
        assertEquals(5, doc.select("rect.kp-band-seg").size());
        assertEquals(3, doc.select("rect.kp-band-on").size());
        assertTrue(doc.select("rect.kp-band-seg").get(2).hasClass("kp-band-computed"));
        String marker = doc.selectFirst("path.kp-band-self").attr("d");
        assertTrue(marker.startsWith("M90,"), marker); // under the fifth segment
    }

    @Test
    void nothingComputedNothingAssessed() {
        Document doc = SvgAssert.parse(BandBar.render(ChartSamples.band(null, null)));
        assertEquals(0, doc.select("rect.kp-band-on").size());
        assertEquals(0, doc.select("path.kp-band-self").size());
    }
}
