package io.chunkwise.display;

import io.chunkwise.array.Chunks;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkGridSvgTest {
    private static Document draw(long[] shape, int... chunk) {
        return Xml.parse(ChunkGridSvg.svg(Chunks.regular(shape, chunk), ChunkGridSvg.DEFAULT_SIZE));
    }

    private static List<Double> verticalXs(Document d) {
        List<Double> xs = new ArrayList<>();
        for (Element l : Xml.all(d, "line")) {
            if (Xml.num(l, "x1") == Xml.num(l, "x2")) {
                xs.add(Xml.num(l, "x1"));
            }
        }
        xs.sort(null);
        return xs;
    }

    private static List<Double> horizontalYs(Document d) {
        List<Double> ys = new ArrayList<>();
        for (Element l : Xml.all(d, "line")) {
            if (Xml.num(l, "y1") == Xml.num(l, "y2")) {
                ys.add(Xml.num(l, "y1"));
            }
        }
        ys.sort(null);
        return ys;
    }

    private static void assertEvenlySpaced(List<Double> v, String what) {
        double step = (v.get(v.size() - 1) - v.get(0)) / (v.size() - 1);
        for (int i = 1; i < v.size(); i++) {
            assertEquals(step, v.get(i) - v.get(i - 1), 0.11, what + " are not evenly spaced: " + v);
        }
    }

    @Test
    void drawsEveryBoundaryOfA20By20GridEvenlySpaced() {
        Document d = draw(new long[] {20000, 20000}, 1000, 1000);
        List<Double> xs = verticalXs(d);
        List<Double> ys = horizontalYs(d);
        assertEquals(21, xs.size(), "vertical lines " + xs);
        assertEquals(21, ys.size(), "horizontal lines " + ys);
        assertEvenlySpaced(xs, "vertical lines");
        assertEvenlySpaced(ys, "horizontal lines");
        assertEquals(120, xs.get(20) - xs.get(0), 0.11, "the longest axis spans the size");
        Element face = Xml.all(d, "polygon").get(0);
        assertEquals(GridFace.LIGHT, face.getAttribute("fill"), "all chunks drawn: light fill");
        assertEquals(List.of("20000", "20000"), Xml.texts(d, "text"));
    }

    @Test
    void drawsOneDimensionalBarWithoutPhantomOneLabel() {
        Document d = draw(new long[] {1000}, 100);
        assertEquals(List.of("1000"), Xml.texts(d, "text"), "only the length is labelled");
        assertEquals(11, verticalXs(d).size(), "one line per chunk boundary");
        assertEquals(2, horizontalYs(d).size(), "a bar has a top and a bottom edge only");
        Element svg = d.getDocumentElement();
        assertTrue(Xml.num(svg, "height") < Xml.num(svg, "width"), "a bar is wider than tall");
    }

    @Test
    void fillsDenseGridDarkAndDrawsEvenlySpacedRealBoundaries() {
        Document d = draw(new long[] {1_000_000, 1_000_000}, 1000, 1000);
        List<Double> xs = verticalXs(d);
        assertEquals(21, xs.size(), "at most one line per 6 px: " + xs);
        assertEvenlySpaced(xs, "subsampled lines");
        assertEquals(GridFace.DARK, Xml.all(d, "polygon").get(0).getAttribute("fill"));
    }

    @Test
    void subsamplesIrregularAxesAtRealChunkBoundaries() {
        Random r = new Random(7);
        int[] lengths = new int[3000];
        long[] boundaries = new long[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = 1 + r.nextInt(5);
            boundaries[i + 1] = boundaries[i] + lengths[i];
        }
        long extent = boundaries[lengths.length];
        Chunks c = Chunks.ofLengths(new long[] {extent}, new int[][] {lengths});
        GridAxis axis = GridAxis.of(c, 0, 120);
        assertTrue(axis.dense(), "3000 chunks over 120 px is dense");
        assertEquals(21, axis.fractions().length);
        for (double f : axis.fractions()) {
            long pos = Math.round(f * extent);
            assertTrue(java.util.Arrays.binarySearch(boundaries, pos) >= 0, pos + " is not a chunk boundary");
            assertEquals(pos, f * extent, 1e-6);
        }
    }

    @Test
    void drawsIrregularChunksToScale() {
        Chunks c = Chunks.ofLengths(new long[] {10, 100}, new int[][] {{10}, {10, 30, 60}});
        List<Double> xs = verticalXs(Xml.parse(ChunkGridSvg.svg(c, 120)));
        double w = xs.get(3) - xs.get(0);
        assertEquals(0.10, (xs.get(1) - xs.get(0)) / w, 0.01);
        assertEquals(0.40, (xs.get(2) - xs.get(0)) / w, 0.01);
    }

    @Test
    void rendersAMillionChunkGridInMilliseconds() {
        Chunks warm = Chunks.regular(new long[] {100, 100}, new int[] {10, 10});
        ChunkGridSvg.svg(warm, 120);
        Chunks c = Chunks.regular(new long[] {1_000_000, 1_000_000}, new int[] {1000, 1000});
        Chunks line = Chunks.regular(new long[] {1_000_000}, new int[] {1});
        long t0 = System.nanoTime();
        String grid = ChunkGridSvg.svg(c, 120);
        String bar = ChunkGridSvg.svg(line, 500);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 200, "a 10^6-chunk grid and a 10^6-chunk bar took " + ms + " ms");
        assertTrue(grid.length() < 20_000 && bar.length() < 20_000, "output stays small: " + grid.length()
                + " and " + bar.length() + " chars");
    }

    @Test
    void drawsThreeDimensionalArrayAsBoxOfThreeFaces() {
        Document d = draw(new long[] {100, 2000, 3000}, 50, 500, 500);
        assertEquals(3, Xml.all(d, "polygon").size(), "top, left and front faces");
        assertEquals(List.of("3000", "2000", "100"), Xml.texts(d, "text"));
        Element depth = Xml.all(d, "text").get(2);
        assertTrue(depth.getAttribute("transform").startsWith("rotate(45"), depth.getAttribute("transform"));
    }

    @Test
    void drawsMoreThanThreeDimensionsAsGroupsWithSharedScale() {
        Document four = draw(new long[] {4, 100, 2000, 3000}, 1, 50, 500, 500);
        assertEquals(2, countGroups(four), "a bar for axis 0 and a box for axes 1-3");
        assertEquals(List.of("4", "3000", "2000", "100"), Xml.texts(four, "text"));
        assertEquals(4, Xml.all(four, "polygon").size());
        Document five = draw(new long[] {2, 4, 100, 200, 300}, 1, 2, 50, 100, 100);
        assertEquals(2, countGroups(five), "a grid for axes 0-1 and a box for axes 2-4");
        Document seven = draw(new long[] {3, 2, 4, 10, 20, 30, 40}, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(3, countGroups(seven), "a bar and two boxes");
        assertFalse(Xml.texts(seven, "text").contains("1"), "no phantom labels");
    }

    private static int countGroups(Document d) {
        int n = 0;
        for (Element g : Xml.all(d, "g")) {
            if (g.getAttribute("transform").startsWith("translate(")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void compressesExtremeAspectRatiosLogarithmically() {
        Document d = draw(new long[] {100000, 10}, 1000, 10);
        List<Double> xs = verticalXs(d);
        List<Double> ys = horizontalYs(d);
        double width = xs.get(xs.size() - 1) - xs.get(0);
        double height = ys.get(ys.size() - 1) - ys.get(0);
        assertEquals(120, height, 0.11);
        assertEquals(120 / Math.log(112.4), width, 0.11);
    }

    @Test
    void drawsZeroDimensionalArrayAsSmallSquare() {
        Document d = Xml.parse(ChunkGridSvg.svg(new long[0], Chunks.regular(new long[0], new int[0]), 120));
        assertEquals(1, Xml.all(d, "polygon").size());
        assertEquals(List.of("0-d"), Xml.texts(d, "text"));
    }

    @Test
    void drawsZeroLengthAxesAsDashedOutline() {
        for (long[] shape : new long[][] {{0}, {0, 5}, {5, 0}, {0, 0, 0}, {3, 0, 4, 5}}) {
            int[] chunk = new int[shape.length];
            java.util.Arrays.fill(chunk, 2);
            Document d = Xml.parse(ChunkGridSvg.svg(Chunks.regular(shape, chunk), 120));
            Element face = Xml.all(d, "polygon").get(Xml.all(d, "polygon").size() - 1);
            assertEquals("none", face.getAttribute("fill"), "empty face of " + Formats.shape(shape));
            assertTrue(Xml.all(d, "title").get(0).getTextContent().contains("empty: length 0 along axis"),
                    Xml.all(d, "title").get(0).getTextContent());
            for (Element l : Xml.all(d, "line")) {
                for (String a : new String[] {"x1", "y1", "x2", "y2"}) {
                    assertTrue(Double.isFinite(Xml.num(l, a)), "finite coordinates for " + Formats.shape(shape));
                }
            }
        }
    }

    @Test
    void keepsEveryLineInsideTheCanvas() {
        for (long[] shape : new long[][] {{20000, 20000}, {7}, {100, 2000, 3000}, {100000, 10}}) {
            int[] chunk = new int[shape.length];
            java.util.Arrays.fill(chunk, 3);
            Document d = Xml.parse(ChunkGridSvg.svg(Chunks.regular(shape, chunk), 120));
            double w = Xml.num(d.getDocumentElement(), "width");
            double h = Xml.num(d.getDocumentElement(), "height");
            for (Element l : Xml.all(d, "line")) {
                assertTrue(Xml.num(l, "x1") >= 0 && Xml.num(l, "x2") <= w && Xml.num(l, "y1") >= 0
                        && Xml.num(l, "y2") <= h, "line outside " + w + "x" + h + " for " + Formats.shape(shape));
            }
        }
    }

    @Test
    void rejectsShapeThatIsNotTheGrids() {
        Chunks c = Chunks.regular(new long[] {10, 10}, new int[] {5, 5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChunkGridSvg.svg(new long[] {10, 11}, c, 120));
        assertEquals("shape (10, 11) does not match the chunk grid's (10, 10); pass the array's own chunks",
                e.getMessage());
    }

    @Test
    void rejectsSizeTooSmallToDraw() {
        Chunks c = Chunks.regular(new long[] {10}, new int[] {5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChunkGridSvg.svg(c, 5));
        assertTrue(e.getMessage().startsWith("an SVG size of 5 px is too small"), e.getMessage());
    }
}
