package io.chunkwise.display;

import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuicklookTest {
    private static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img, "not a PNG ImageIO reads");
        return img;
    }

    private static DenseArray ramp(int h, int w) {
        double[] v = new double[h * w];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return DenseArray.of(v, h, w);
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFF;
    }

    @Test
    void shrinksLargeArrayToMaxPxOnTheLongestSide() throws Exception {
        BufferedImage img = decode(Quicklook.png(ramp(500, 1000), 200));
        assertEquals(200, img.getWidth());
        assertEquals(100, img.getHeight());
    }

    @Test
    void enlargesSmallArrayByWholeFactorWithCrispPixels() throws Exception {
        BufferedImage img = decode(Quicklook.png(ramp(3, 4), 100, Quicklook.Colormap.GRAY));
        assertEquals(100, img.getWidth());
        assertEquals(75, img.getHeight());
        assertEquals(img.getRGB(0, 0), img.getRGB(24, 24), "one source pixel fills a 25 x 25 block");
        assertTrue(img.getRGB(0, 0) != img.getRGB(25, 0), "the next block is the next value");
    }

    @Test
    void stretchesSecondToNinetyEighthPercentile() throws Exception {
        BufferedImage img = decode(Quicklook.png(ramp(10, 10), 10, Quicklook.Colormap.GRAY));
        assertEquals(0, gray(img, 0, 0), "below the 2nd percentile is black");
        assertEquals(255, gray(img, 9, 9), "above the 98th percentile is white");
        // value 50 between p2 = 1.98 and p98 = 97.02
        assertEquals(Math.round((50 - 1.98) / (97.02 - 1.98) * 255), gray(img, 0, 5), 1);
    }

    @Test
    void ignoresOutliersWhenScaling() throws Exception {
        double[] v = new double[100 * 100];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 100) / 100.0;
        }
        v[1234] = 1e9;
        BufferedImage img = decode(Quicklook.png(DenseArray.of(v, 100, 100), 100, Quicklook.Colormap.GRAY));
        int mid = gray(img, 50, 50);
        assertTrue(mid > 100 && mid < 155, "a single outlier must not wash out the image: mid gray " + mid);
    }

    @Test
    void makesNanTransparentAndKeepsInfinitiesAtTheEnds() throws Exception {
        double[] v = {Double.NaN, 1, 2, 3, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        BufferedImage img = decode(Quicklook.png(DenseArray.of(v, 2, 3), 3, Quicklook.Colormap.GRAY));
        assertEquals(0, img.getRGB(0, 0) >>> 24, "NaN is transparent");
        assertEquals(255, img.getRGB(1, 0) >>> 24, "values are opaque");
        assertEquals(255, gray(img, 1, 1), "+inf is the top colour");
        assertEquals(0, gray(img, 2, 1), "-inf is the bottom colour");
    }

    @Test
    void drawsConstantAndAllNanArrays() throws Exception {
        BufferedImage constant = decode(Quicklook.png(DenseArray.of(new double[] {7, 7, 7, 7}, 2, 2), 2,
                Quicklook.Colormap.GRAY));
        assertEquals(128, gray(constant, 0, 0), 1);
        double[] nan = {Double.NaN, Double.NaN};
        BufferedImage allNan = decode(Quicklook.png(DenseArray.of(nan, 1, 2), 2));
        assertEquals(0, allNan.getRGB(1, 0) >>> 24);
    }

    @Test
    void readsUnsignedValuesAndSqueezesLengthOneAxes() throws Exception {
        short[] v = {0, (short) 40000, (short) 65535, 100};
        BufferedImage img = decode(Quicklook.png(DenseArray.of(v, DType.UINT16, 1, 2, 2), 2, Quicklook.Colormap.GRAY));
        assertEquals(2, img.getWidth());
        assertTrue(gray(img, 1, 0) > gray(img, 1, 1), "65535 is brighter than 100 (unsigned)");
    }

    @Test
    void viridisRunsFromPurpleToYellow() {
        assertEquals(0xFF440154, Quicklook.Colormap.VIRIDIS.argb(0));
        assertEquals(0xFFFDE725, Quicklook.Colormap.VIRIDIS.argb(1));
        assertEquals(0xFF21918C, Quicklook.Colormap.VIRIDIS.argb(0.5));
    }

    @Test
    void rejectsArraysThatAreNotAPlane() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quicklook.png(DenseArray.of(new double[24], 2, 3, 4), 100));
        assertEquals("a quicklook needs a 2-d array but got shape (2, 3, 4); select one 2-d plane first"
                + " (e.g. one band of a raster)", e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Quicklook.png(DenseArray.of(new double[0], 0, 4), 100));
        assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
    }
}
