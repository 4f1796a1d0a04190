package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PyramidTest {
    private final String svg = Pyramid.render(ChartSamples.pyramid());
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAccessible() {
        SvgAssert.accessibleRoot(svg, "Customer pyramid");
        assertTrue(doc.selectFirst("desc").text().startsWith("Platinum: 1 account, 52% of profit; Gold: 2 accounts"));
    }

    @Test
    void fourTiersTopToBottomWithCountsAndShares() {
        List<Element> tiers = doc.select("g.kp-tier");
        assertEquals(
                List.of(
                        "kp-tier kp-tier-platinum",
                        "kp-tier kp-tier-gold",
                        "kp-tier kp-tier-iron",
                        "kp-tier kp-tier-lead"),
                tiers.stream().map(e -> e.attr("class")).toList());
        double previousTop = -1;
        for (Element t : tiers) {
            double top =
                    Double.parseDouble(t.selectFirst("polygon").attr("points").split("[ ,]")[1]);
            assertTrue(top > previousTop);
            previousTop = top;
        }
        assertEquals(
                "3 accounts \u00b7 -38% of profit",
                tiers.get(3).select("text").get(1).text());
    }

    @Test
    void eachTierHasItsOwnPatternSoItPrintsInBlackAndWhite() {
        Set<String> fills = new HashSet<>();
        for (Element p : doc.select("polygon.kp-tier-shape")) {
            assertTrue(p.attr("fill").startsWith("url(#kp-pyramid-pat-"), p.attr("fill"));
            fills.add(p.attr("fill"));
        }
        assertEquals(4, fills.size());
        Set<String> drawings = new HashSet<>();
        for (Element pat : doc.select("pattern")) {
            Element ink = pat.selectFirst(".kp-pat-ink");
            drawings.add(ink.tagName() + ink.attr("d"));
        }
        assertEquals(4, drawings.size());
    }

    @Test
    void patternIdsDifferBetweenTwoChartsOnOnePage() {
        String other = Pyramid.render(new Pyramid.Input(
                "pyramid-2",
                ChartSamples.pyramid().labels(),
                ChartSamples.LOCALE,
                ChartSamples.pyramid().levels()));
        Set<String> ids = new HashSet<>(SvgAssert.parse(svg).select("[id]").eachAttr("id"));
        for (String id : SvgAssert.parse(other).select("[id]").eachAttr("id")) {
            assertTrue(!ids.contains(id), id);
        }
        assertNotEquals(svg, other);
        assertEquals(svg, Pyramid.render(ChartSamples.pyramid()));
    }
}
