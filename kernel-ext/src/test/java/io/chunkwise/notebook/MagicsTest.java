package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.display.Formats;
import io.chunkwise.schedule.Scheduler;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each magic shows, checked against direct computations. The expressions are names looked up in a
 * map (the kernel's evaluator is exercised in {@link KernelMagicsTest}); output is captured as the kernel
 * would receive it.
 */
class MagicsTest {
    private final Map<String, Object> vars = new HashMap<>();
    private final List<DisplayData> shown = new ArrayList<>();
    private NotebookContext ctx;
    private Map<String, ChunkwiseMagic> magics;

    @BeforeEach
    void context() {
        Renderer renderer = new Renderer();
        ChunkwiseExtension.installRenderers(renderer);
        ctx = new NotebookContext(renderer, name -> {
            if (!vars.containsKey(name)) {
                throw new IllegalArgumentException("no variable " + name);
            }
            return vars.get(name);
        }, shown::add);
        magics = new HashMap<>();
        for (ChunkwiseMagic m : ChunkwiseMagics.create(ctx)) {
            magics.put(m.spec().name(), m);
        }
    }

    private DisplayData run(String magic, String args) throws Exception {
        DisplayData d = ChunkwiseMagics.run(magics.get(magic), Arrays.asList(args.split(" ")), ctx);
        assertSame(d, shown.get(shown.size() - 1), "the magic shows what it returns");
        return d;
    }

    @Test
    void histDrawsTheSameCountsAsTheLazyHistogram() throws Exception {
        ChunkedArray x = Chunkwise.random(5, new long[] {300, 400}, 100);
        vars.put("x.mul(x)", x.mul(x));
        DisplayData d = run("hist", "x.mul(x) --bins 50");
        Histogram expected = x.mul(x).histogram(50).compute();
        assertEquals(expected.toString(), Bundles.text(d));
        BufferedImage img = Bundles.png(d);
        assertEquals(HistogramDisplay.WIDTH_PX, img.getWidth());
        assertTrue(Bundles.html(d).contains(Formats.count(120_000)), "the bin table totals every value");
    }

    @Test
    void histWithRangeCountsOnlyTheRange() throws Exception {
        ChunkedArray x = Chunkwise.random(6, new long[] {1000}, 100);
        vars.put("x", x);
        DisplayData d = run("hist", "x --bins 4 --range 0,0.5 --log");
        assertEquals(x.histogram(4, 0, 0.5).compute().toString(), Bundles.text(d));
        Bundles.png(d);
    }

    @Test
    void histOfAComputedHistogramDrawsItAndRejectsNewBins() throws Exception {
        Histogram h = new Histogram(new long[] {3, 4}, new double[] {0, 1, 2});
        vars.put("h", h);
        assertEquals(h.toString(), Bundles.text(run("hist", "h")));
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> run("hist", "h --bins 9"));
        assertTrue(e.getMessage().startsWith("%hist: 'h' is already a histogram with its own bins"), e.getMessage());
    }

    @Test
    void histOfAStringNamesTheTypeReceived() {
        vars.put("greeting", "hello");
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> run("hist", "greeting"));
        assertTrue(e.getMessage().startsWith("%hist: 'greeting' is a java.lang.String; expected a ChunkedArray,"
                + " DenseArray or GeoTiff."), e.getMessage());
    }

    @Test
    void describeOfIntegersHasExactQuartiles() throws Exception {
        ChunkedArray x = Chunkwise.arange(1001, 64).mul(7).mod(101);
        vars.put("x", x);
        DisplayData d = run("describe", "x");
        double[] v = x.compute().toDoubleArray();
        Map<String, String> rows = rows(d);
        assertEquals(Formats.count(1001), rows.get("count"));
        assertEquals("0", rows.get("NaN count"));
        assertEquals(Formats.number(mean(v)), rows.get("mean"));
        assertEquals(Formats.number(std1(v)), rows.get("std"));
        assertEquals(Formats.number(quantile(v, 0.25)), rows.get("25%"));
        assertEquals(Formats.number(quantile(v, 0.5)), rows.get("50%"));
        assertEquals(Formats.number(quantile(v, 0.75)), rows.get("75%"));
        assertEquals("0", rows.get("min"));
        assertEquals("100", rows.get("max"));
    }

    @Test
    void describeOfFloatsSkipsNaNWithExactQuartiles() throws Exception {
        ChunkedArray r = Chunkwise.normal(9, 10, 3, new long[] {400, 500}, 100);
        ChunkedArray x = Chunkwise.where(r.gt(15), Double.NaN, r);
        vars.put("x", x);
        DisplayData d = run("describe", "x");
        double[] all = x.compute().toDoubleArray();
        double[] v = Arrays.stream(all).filter(a -> !Double.isNaN(a)).toArray();
        Map<String, String> rows = rows(d);
        assertEquals(Formats.count(v.length), rows.get("count"));
        assertEquals(Formats.count(all.length - v.length), rows.get("NaN count"));
        assertTrue(all.length - v.length > 100, "the data has NaNs to skip");
        assertEquals(mean(v), Double.parseDouble(rows.get("mean")), 1e-5 * Math.abs(mean(v)));
        assertEquals(std1(v), Double.parseDouble(rows.get("std")), 1e-5 * std1(v));
        assertEquals(Formats.number(quantile(v, 0.25)), rows.get("25%"));
        assertEquals(Formats.number(quantile(v, 0.5)), rows.get("50%"));
        assertEquals(Formats.number(quantile(v, 0.75)), rows.get("75%"));
        assertEquals(Formats.number(Arrays.stream(v).min().getAsDouble()), rows.get("min"));
        assertEquals(Formats.number(Arrays.stream(v).max().getAsDouble()), rows.get("max"));
        assertTrue(Bundles.text(d).contains("quartiles are exact"), Bundles.text(d));
    }

    @Test
    void describeOfAllNaNHasZeroCount() throws Exception {
        vars.put("x", Chunkwise.full(Double.NaN, DType.FLOAT64, new long[] {10}, 5));
        Map<String, String> rows = rows(run("describe", "x"));
        assertEquals("0", rows.get("count"));
        assertEquals("10", rows.get("NaN count"));
        assertEquals("nan", rows.get("mean"));
    }

    private static Map<String, String> rows(DisplayData d) {
        Document doc = Bundles.htmlDocument(d);
        Map<String, String> rows = new HashMap<>();
        for (Element tr : Bundles.all(doc, "tr")) {
            rows.put(tr.getElementsByTagName("th").item(0).getTextContent(),
                    tr.getElementsByTagName("td").item(0).getTextContent());
        }
        return rows;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }

    private static double std1(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double a : v) {
            s += (a - m) * (a - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /** NumPy's default (linear) quantile. */
    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int k = (int) Math.floor(pos);
        return k + 1 < s.length ? s[k] + (s[k + 1] - s[k]) * (pos - k) : s[k];
    }

    @Test
    void previewComputesOnlyTheSampledValues() throws Exception {
        CountingSource src = new CountingSource(3000, 2000);
        vars.put("x", ChunkedArray.fromSource(src, 500, 500).mul(2.0).add(1.0));
        DisplayData d = run("preview", "x --size 100");
        BufferedImage img = Bundles.png(d);
        long step = DenseSample.stride(3000, 100);
        long rows = DenseSample.count(3000, step);
        long cols = DenseSample.count(2000, step);
        assertEquals(rows * cols, src.read.get(), "exactly the samples are read");
        assertTrue(Math.max(img.getWidth(), img.getHeight()) <= 100, img.getWidth() + " x " + img.getHeight());
        assertTrue(Bundles.text(d).contains("every 30th value along each axis"), Bundles.text(d));
    }

    @Test
    void stridedSampleEqualsSamplingTheComputedArray() {
        ChunkedArray x = Chunkwise.random(11, new long[] {1, 777, 555}, 1, 100, 90);
        ChunkedArray row = Chunkwise.linspace(0, 1, 555, 100);
        ChunkedArray e = x.sub(x.mean()).mul(row).add(3.0);
        DenseArray full = e.compute();
        DenseArray sample = StridedSample.of(e, 37).compute();
        long s = DenseSample.stride(777, 37);
        long off = DenseSample.offset(s);
        long[] shape = sample.shape();
        assertEquals(List.of(1L, DenseSample.count(777, s), DenseSample.count(555, s)),
                List.of(shape[0], shape[1], shape[2]));
        for (int i = 0; i < shape[1]; i++) {
            for (int j = 0; j < shape[2]; j++) {
                assertEquals(full.getDouble(0, off + i * s, off + j * s), sample.getDouble(0, i, j),
                        "sample [" + i + ", " + j + "]");
            }
        }
    }

    @Test
    void previewOfA3dArrayAsksForAPlane() {
        vars.put("cube", Chunkwise.random(1, new long[] {3, 10, 10}, 5));
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> run("preview", "cube"));
        assertTrue(e.getMessage().startsWith("%preview: 'cube' has shape (3, 10, 10); a preview needs a 2-d array"),
                e.getMessage());
    }

    @Test
    void previewOfADenseArrayAveragesBlocks() throws Exception {
        vars.put("d", Chunkwise.random(2, new long[] {300, 600}, 100).compute());
        BufferedImage img = Bundles.png(run("preview", "d --size 64"));
        assertEquals(64, img.getWidth());
        assertEquals(32, img.getHeight());
    }

    @Test
    void graphDrawsOneBoxPerLayer() throws Exception {
        ChunkedArray x = Chunkwise.random(1, new long[] {1000, 1000}, 250);
        ChunkedArray y = x.mul(x).add(1.0).sum();
        vars.put("y", y);
        DisplayData d = run("graph", "y");
        Document svg = Bundles.parse(d.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_SVG)
                .toString());
        long boxes = Bundles.all(svg, "rect").stream().filter(r -> r.getAttribute("class").equals("layer")).count();
        assertEquals(y.graph().size(), boxes);
        assertTrue(Bundles.text(d).contains(Formats.plural(y.taskCount(), "task") + " after fusion"), Bundles.text(d));
        Bundles.htmlDocument(d);
    }

    @Test
    void computeShowsAScalarWithTimeAndMemory() throws Exception {
        ChunkedArray x = Chunkwise.arange(1000, 100);
        vars.put("x.sum()", x.sum());
        DisplayData d = run("compute", "x.sum()");
        String text = Bundles.text(d);
        assertTrue(text.startsWith("x.sum() = 499500\ncomputed in "), text);
        assertTrue(text.contains("peak heap used "), text);
        Bundles.htmlDocument(d);
    }

    @Test
    void computeShowsTheArrayAndItsOverflowWarning() throws Exception {
        ChunkedArray x = Chunkwise.full(300, DType.UINT16, new long[] {4, 5}, 2);
        vars.put("x3", x.mul(x).mul(x));
        DisplayData d = run("compute", "x3");
        assertTrue(Bundles.text(d).contains("\nWarning: "), Bundles.text(d));
        Document doc = Bundles.htmlDocument(d);
        assertEquals(20, Bundles.all(doc, "td").size(), "a 4 x 5 table of values");
    }

    @Test
    void schedulerMagicSetsTheProcessDefault() throws Exception {
        Scheduler before = Scheduler.defaultScheduler();
        try {
            assertEquals("default scheduler set to 3 worker threads", Bundles.text(run("scheduler", "threads 3")));
            assertEquals(3, Scheduler.defaultScheduler().parallelism());
            assertEquals("default scheduler set to synchronous (the calling thread)", Bundles.text(run("scheduler", "sync")));
            assertSame(Scheduler.sync(), Scheduler.defaultScheduler());
            assertEquals("default scheduler: synchronous (the calling thread); SIMD " + io.chunkwise.kernels.Simd.describe(),
                    Bundles.text(ChunkwiseMagics.run(magics.get("scheduler"), List.of(), ctx)));
        } finally {
            Scheduler.setDefault(before);
        }
    }

    @Test
    void helpListsEveryMagicWithItsUsage() throws Exception {
        DisplayData d = ChunkwiseMagics.run(magics.get("chunkwise"), List.of(), ctx);
        Document doc = Bundles.htmlDocument(d);
        List<String> usages = Bundles.all(doc, "code").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("%compute EXPR", "%hist EXPR [--bins N] [--range LO,HI] [--log]", "%describe EXPR",
                "%preview EXPR [--size PX]", "%graph EXPR", "%scheduler [threads N | sync]", "%chunkwise"), usages);
        assertEquals(magics.keySet(), Set_of(usages));
    }

    private static java.util.Set<String> Set_of(List<String> usages) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String u : usages) {
            names.add(u.substring(1).split(" ")[0]);
        }
        return names;
    }
}
