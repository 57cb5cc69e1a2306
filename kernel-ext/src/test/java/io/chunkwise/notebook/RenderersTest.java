package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.array.LazyHistogram;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderers, through basekernel's real {@link Renderer}, as a kernel would call them for a cell value. */
class RenderersTest {
    private static Renderer renderer;

    @BeforeAll
    static void install() {
        renderer = new Renderer();
        assertTrue(ChunkwiseExtension.installRenderers(renderer), "first install registers");
    }

    @Test
    void installingTwiceRegistersOnce() {
        assertFalse(ChunkwiseExtension.installRenderers(renderer), "a second install must not add duplicate renderers");
    }

    @Test
    void chunkedArrayRendersSummaryWithSvgGridWithoutReadingData() {
        CountingSource src = new CountingSource(20000, 20000);
        ChunkedArray x = ChunkedArray.fromSource(src, 1000, 1000).mul(2.0);
        DisplayData d = renderer.render(x);
        Document doc = Bundles.htmlDocument(d);
        assertEquals(1, Bundles.all(doc, "svg").size(), "one SVG chunk grid");
        assertTrue(Bundles.html(d).contains("400 chunks"), Bundles.html(d));
        assertTrue(Bundles.text(d).startsWith("ChunkedArray<mul, shape=(20000, 20000), dtype=float64"), Bundles.text(d));
        assertEquals(0, src.read.get(), "showing an array must not read data");
    }

    @Test
    void chunkedArraySummaryShowsOverflowWarningAndSource() {
        ChunkedArray x = Chunkwise.full(60000, DType.UINT16, new long[] {100, 100}, 50);
        DisplayData d = renderer.render(x.mul(x).mul(x));
        assertTrue(Bundles.text(d).contains("Warning:"), Bundles.text(d));
        assertTrue(Bundles.html(d).contains("role=\"note\""), "the warning is a visible note");
        assertTrue(Bundles.text(d).contains("Source: full(60000.0)"), Bundles.text(d));
    }

    @Test
    void millionChunkArrayRendersInMilliseconds() {
        ChunkedArray x = Chunkwise.random(7, new long[] {1_000_000, 1_000_000}, 1000);
        long t0 = System.nanoTime();
        DisplayData d = renderer.render(x.add(1.0));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(Bundles.html(d).contains("1,000,000 chunks"), Bundles.html(d));
        assertTrue(ms < 2000, "rendering a 10^6-chunk array took " + ms + " ms");
    }

    @Test
    void smallDenseArrayRendersAsTable() {
        DenseArray a = DenseArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        DisplayData d = renderer.render(a);
        Document doc = Bundles.htmlDocument(d);
        assertEquals(6, Bundles.all(doc, "td").size(), "one cell per value");
        assertFalse(d.hasDataForType(MIMEType.IMAGE_PNG), "a small array has no quicklook");
        assertEquals(a.toString(), Bundles.text(d));
    }

    @Test
    void largeDenseArrayRendersSummaryTableAndQuicklook() {
        DenseArray a = Chunkwise.random(3, new long[] {1500, 3000}, 500).compute();
        DisplayData d = renderer.render(a);
        BufferedImage img = Bundles.png(d);
        assertEquals(ArrayDisplays.QUICKLOOK_PX, Math.max(img.getWidth(), img.getHeight()));
        assertEquals(2.0, (double) img.getWidth() / img.getHeight(), 0.02, "the quicklook keeps the aspect ratio");
        assertEquals(1, Bundles.inlineImages(d).size(), "the HTML shows the quicklook inline");
        assertTrue(Bundles.html(d).contains("34.33 MiB"), Bundles.html(d));
    }

    @Test
    void histogramRendersPngAndBinTable() {
        Histogram h = new Histogram(new long[] {1, 5, 2}, new double[] {0, 1, 2, 3});
        DisplayData d = renderer.render(h);
        BufferedImage img = Bundles.png(d);
        assertEquals(HistogramDisplay.WIDTH_PX, img.getWidth());
        assertEquals(HistogramDisplay.HEIGHT_PX, img.getHeight());
        Document doc = Bundles.htmlDocument(d);
        assertEquals(1, Bundles.inlineImages(d).size(), "the chart is inline in the HTML too");
        assertTrue(Bundles.all(doc, "table").size() >= 1, "with the bin table");
        assertEquals(h.toString(), Bundles.text(d));
    }

    @Test
    void lazyHistogramSaysHowToComputeAndComputesNothing() {
        CountingSource src = new CountingSource(300, 300);
        LazyHistogram h = ChunkedArray.fromSource(src, 100, 100).histogram(20);
        DisplayData d = renderer.render(h);
        Bundles.htmlDocument(d);
        assertTrue(Bundles.text(d).contains(".compute()"), Bundles.text(d));
        assertTrue(Bundles.html(d).contains("<svg"), "shows the array being counted");
        assertEquals(0, src.read.get(), "showing a lazy histogram must not compute it");
    }
}
