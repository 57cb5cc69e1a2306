package io.chunkwise.display;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphSvgTest {
    private static List<Element> rects(Document d, String cls) {
        return Xml.all(d, "rect").stream().filter(r -> cls.equals(r.getAttribute("class"))).toList();
    }

    @Test
    void drawsOneBoxPerLayerWithChunkCounts() {
        List<LayerInfo> layers = List.of(new LayerInfo("geotiff", "source", 400, -1),
                new LayerInfo("sum-partial", "reduction", 400, -1), new LayerInfo("sum-aggregate", "reduction", 1, -1));
        Document d = Xml.parse(GraphSvg.svg(layers));
        assertEquals(3, rects(d, "layer").size());
        assertEquals(0, rects(d, "fused").size());
        List<String> texts = Xml.texts(d, "text");
        assertTrue(texts.contains("source \u00b7 400 chunks"), texts.toString());
        assertTrue(texts.contains("reduction \u00b7 1 chunk"), texts.toString());
        assertEquals(2, Xml.all(d, "line").size(), "one arrow between consecutive layers");
    }

    @Test
    void outlinesFusedLayersTogether() {
        List<LayerInfo> layers = List.of(new LayerInfo("random", "source", 400, 0),
                new LayerInfo("mul", "elementwise", 400, 0), new LayerInfo("mul", "elementwise", 400, 0),
                new LayerInfo("sum-partial", "reduction", 400, 0), new LayerInfo("sum-aggregate", "reduction", 1, 1));
        Document d = Xml.parse(GraphSvg.svg(layers));
        List<Element> fused = rects(d, "fused");
        assertEquals(1, fused.size(), "one outline for the fused group 0; group 1 has a single layer");
        List<Element> boxes = rects(d, "layer");
        double top = Xml.num(fused.get(0), "y");
        double bottom = top + Xml.num(fused.get(0), "height");
        for (int i = 0; i < 4; i++) {
            double y = Xml.num(boxes.get(i), "y");
            assertTrue(y > top && y + Xml.num(boxes.get(i), "height") < bottom, "layer " + i + " inside the outline");
        }
        assertTrue(Xml.num(boxes.get(4), "y") > bottom, "the aggregate is outside");
        assertTrue(Xml.texts(d, "text").contains("400 tasks"), Xml.texts(d, "text").toString());
    }

    @Test
    void escapesNamesAndDrawsEmptyGraph() {
        Document d = Xml.parse(GraphSvg.svg(List.of(new LayerInfo("a<b>&c", "map", 2, -1))));
        assertTrue(Xml.texts(d, "text").contains("a<b>&c"));
        Document empty = Xml.parse(GraphSvg.svg(List.of()));
        assertEquals(List.of("empty graph"), Xml.texts(empty, "text"));
    }
}
