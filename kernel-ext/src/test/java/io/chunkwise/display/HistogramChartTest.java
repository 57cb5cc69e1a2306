package io.chunkwise.display;

import io.chunkwise.array.Histogram;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramChartTest {
    private static Histogram gaussian(int bins) {
        long[] c = new long[bins];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            int b = (int) ((r.nextGaussian() + 4) / 8 * bins);
            if (b >= 0 && b < bins) {
                c[b]++;
            }
        }
        return new Histogram(c, Histogram.edges(bins, -4, 4));
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img, "the bytes are not a PNG that ImageIO reads");
        return img;
    }

    @Test
    void drawsPngOfTheRequestedSize() throws Exception {
        BufferedImage img = decode(HistogramChart.png(gaussian(50), "x", false, 640, 360));
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        assertTrue(distinctColours(img) > 3, "the chart is not blank");
    }

    @Test
    void drawsThousandBinsOnLogAxisWithEmptyBins() throws Exception {
        Histogram h = gaussian(1000);
        BufferedImage img = decode(HistogramChart.png(h, "log", true, 500, 300));
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    @Test
    void drawsDegenerateHistograms() throws Exception {
        Histogram constant = new Histogram(new long[] {0, 0, 7}, new double[] {5, 5, 5, 5});
        Histogram empty = new Histogram(new long[] {0, 0}, new double[] {0, 1, 2});
        Histogram noBins = new Histogram(new long[0], new double[] {0});
        for (Histogram h : List.of(constant, empty, noBins)) {
            for (boolean log : new boolean[] {false, true}) {
                BufferedImage img = decode(HistogramChart.png(h, null, log, 300, 200));
                assertEquals(300, img.getWidth(), h + " log=" + log);
            }
        }
    }

    @Test
    void keepsTheOutlineOfEveryBin() {
        Histogram h = new Histogram(new long[] {3, 0, 5}, new double[] {0, 1, 2, 3});
        double[][] xy = HistogramChart.outline(h, 0);
        assertEquals(List.of(0.0, 0.0, 0.382, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0), toList(xy[0]));
        assertEquals(List.of(0.0, 3.0, 3.0, 3.0, 0.0, 0.0, 5.0, 5.0, 0.0), toList(xy[1]));
        double[][] log = HistogramChart.outline(h, 0.5);
        assertEquals(0.5, log[1][4], "an empty bin sits on the log floor");
    }

    private static List<Double> toList(double[] v) {
        return java.util.Arrays.stream(v).map(d -> Math.round(d * 1000) / 1000.0).boxed().toList();
    }

    @Test
    void spellsTickLabelsShortly() {
        assertEquals("60,000", HistogramChart.tick(60000));
        assertEquals("2.5e14", HistogramChart.tick(2.5e14));
        assertEquals("0.25", HistogramChart.tick(0.25));
        assertEquals("0", HistogramChart.tick(0));
    }

    @Test
    void rejectsUndrawableSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistogramChart.png(gaussian(10), "x", false, 10, 10));
        assertTrue(e.getMessage().startsWith("a histogram chart of 10 x 10 px is outside the drawable range"),
                e.getMessage());
    }

    @Test
    void tablesEveryBinOfSmallHistogram() {
        Histogram h = new Histogram(new long[] {1, 2, 3}, new double[] {0, 0.5, 1, 1.5});
        Document d = Xml.parse(HistogramChart.table(h));
        List<Element> rows = Xml.all(d, "tr");
        assertEquals(5, rows.size(), "header, three bins, total");
        assertEquals(List.of("0.5", "1", "2"), Xml.all(rows.get(2), "td").stream().map(Element::getTextContent).toList());
        assertEquals("6", Xml.all(rows.get(4), "td").get(0).getTextContent());
    }

    @Test
    void collapsesTheMiddleOfLongHistogramTable() {
        Histogram h = gaussian(100);
        Document d = Xml.parse(HistogramChart.table(h));
        List<Element> rows = Xml.all(d, "tr");
        assertEquals(1 + 10 + 1 + 10 + 1, rows.size());
        String gap = rows.get(11).getTextContent();
        assertTrue(gap.contains("80 more bins"), gap);
        long hidden = 0;
        for (int i = 10; i < 90; i++) {
            hidden += h.counts()[i];
        }
        assertTrue(gap.contains(Formats.count(hidden) + " values"), gap);
        assertEquals("-4", Xml.all(rows.get(1), "td").get(0).getTextContent());
        assertEquals("4", Xml.all(rows.get(21), "td").get(1).getTextContent());
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                s.add(img.getRGB(x, y));
            }
        }
        return s.size();
    }
}
