package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Attitude;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OrganigramTest {
    private final String svg = Organigram.render(ChartSamples.organigram());
    private final Document doc = SvgAssert.parse(svg);

    @Test
    void isAccessibleAndEscaped() {
        SvgAssert.accessibleRoot(svg, "Key players");
        assertTrue(svg.contains("Anna &lt;CEO&gt; de Vries"));
        assertTrue(doc.selectFirst("desc")
                .text()
                .contains("Bernd Müller \u2014 CFO \u2014 Economic buyer \u2014 Critic \u2192 Anna <CEO> de Vries"));
    }

    @Test
    void parentsAreCentredAboveTheirChildren() {
        Map<String, Organigram.Placed> at = Organigram.layout(
                        ChartSamples.organigram().nodes())
                .stream()
                .collect(Collectors.toMap(p -> p.node().id(), p -> p));
        assertCentred(at.get("ceo"), at.get("cfo"), at.get("coo"));
        assertCentred(at.get("cto"), at.get("arch"), at.get("dev"));
        assertCentred(at.get("cfo"), at.get("ctl"), at.get("ctl"));
        assertEquals(at.get("ceo").y() + Organigram.LEVEL, at.get("cto").y(), 0.001);
        assertEquals(at.get("ceo").y(), at.get("pur").y(), 0.001); // second root beside the first
        assertTrue(at.get("pur").x() > at.get("ops").x());
    }

    @Test
    void noTwoNodesOverlap() {
        List<Element> boxes = doc.select("rect.kp-org-box");
        assertEquals(9, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertEquals(0.0, box(boxes.get(i)).overlap(box(boxes.get(j))), 0.001);
            }
        }
    }

    @Test
    void attitudeIsShownByColourClassTextAndPattern() {
        Element critic = doc.select("g.kp-org-node").stream()
                .filter(g -> g.text().contains("Bernd"))
                .findFirst()
                .orElseThrow();
        assertTrue(critic.hasClass("kp-att-critic"));
        assertEquals("\u2212 Critic", critic.selectFirst("text.kp-org-attitude").text());
        assertTrue(critic.selectFirst("rect.kp-org-stripe").attr("fill").contains("pat-critic"));
        Element unknown = doc.select("g.kp-org-node").stream()
                .filter(g -> g.text().contains("Gina"))
                .findFirst()
                .orElseThrow();
        assertTrue(unknown.hasClass("kp-att-unknown"));
    }

    @Test
    void cyclesAndUnknownParentsBecomeRoots() {
        List<Organigram.Node> nodes = List.of(
                ChartSamples.node("a", "A", null, Attitude.NEUTRAL, null, "b"),
                ChartSamples.node("b", "B", null, Attitude.NEUTRAL, null, "a"),
                ChartSamples.node("c", "C", null, Attitude.NEUTRAL, null, "nobody"),
                ChartSamples.node("d", "D", null, Attitude.NEUTRAL, null, "d"));
        List<Organigram.Placed> placed = Organigram.layout(nodes);
        assertEquals(4, placed.size());
        long roots = placed.stream().filter(p -> p.depth() == 0).count();
        assertEquals(3, roots);
        Document d = SvgAssert.parse(Organigram.render(new Organigram.Input("o", "T", null, nodes)));
        assertEquals(4, d.select("rect.kp-org-box").size());
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(svg, Organigram.render(ChartSamples.organigram()));
    }

    private static void assertCentred(Organigram.Placed parent, Organigram.Placed first, Organigram.Placed last) {
        assertEquals((first.x() + last.x()) / 2, parent.x(), 0.001);
        assertTrue(parent.y() < first.y());
    }

    private static Box box(Element r) {
        return new Box(SvgAssert.d(r, "x"), SvgAssert.d(r, "y"), SvgAssert.d(r, "width"), SvgAssert.d(r, "height"));
    }
}
