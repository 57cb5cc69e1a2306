package io.chunkwise.display;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Display of real lazy arrays from the core: metadata only, nothing computed. */
class ChunkedArrayDisplayTest {
    @Test
    void summarisesTheSeedCubeFromMetadata() {
        ChunkedArray x = Chunkwise.random(42, new long[] {20000, 20000}, 1000, 1000);
        ChunkedArray y = x.mul(x).mul(x);
        ArrayInfo info = ArrayInfo.of(y);
        assertEquals("mul", info.name());
        assertArrayEquals(new long[] {20000, 20000}, info.shape());
        assertEquals(DType.FLOAT64, info.dtype());
        assertEquals(3_200_000_000L, info.nbytes());
        assertEquals(y.taskCount(), info.taskCount());
        assertEquals(y.graphLayers(), info.graphLayers());
        assertEquals("ChunkedArray<mul, shape=(20000, 20000), dtype=float64, chunksize=(1000, 1000), chunks=400>",
                ArraySummary.text(info));
        Document d = Xml.parse(ArraySummary.html(info));
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("2.98 GiB") && text.contains("400 chunks (20 \u00d7 20)"), text);
    }

    @Test
    void showsTheOverflowWarningOfUint16Cube() {
        short[][] band = new short[100][100];
        ChunkedArray x = Chunkwise.fromArray(band, 50, 50).astype(DType.UINT16);
        ChunkedArray cube = x.mul(x).mul(x);
        ArrayInfo info = ArrayInfo.of(cube);
        assertFalse(info.warnings().isEmpty(), "the core warns about uint16 x*x*x");
        String html = ArraySummary.html(info);
        Document d = Xml.parse(html);
        assertTrue(Xml.all(d, "div").stream().anyMatch(e -> "note".equals(e.getAttribute("role"))
                && e.getTextContent().contains(info.warnings().get(0))), html);
    }

    @Test
    void drawsTheFusedGraphOfACubeSum() {
        ChunkedArray x = Chunkwise.random(1, new long[] {4000, 4000}, 1000, 1000);
        List<LayerInfo> layers = LayerInfo.of(x.mul(x).mul(x).sum().graph());
        assertEquals(layers.size(), x.mul(x).mul(x).sum().graphLayers());
        Document d = Xml.parse(GraphSvg.svg(layers));
        assertEquals(layers.size(), Xml.all(d, "rect").stream().filter(r -> "layer".equals(r.getAttribute("class"))).count());
        assertEquals(1, Xml.all(d, "rect").stream().filter(r -> "fused".equals(r.getAttribute("class"))).count(),
                "source, the two muls and the sum's partial run as one task per chunk: " + layers);
    }
}
