package io.chunkwise.display;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A PNG quicklook of a small 2-d array: values between the 2nd and 98th percentile spread over a
 * colormap (viridis-like by default, or grayscale), NaN transparent, infinities at the ends.
 *
 * <p>The longest side of the image is at most {@code maxPx}: larger arrays are reduced by averaging
 * the finite values of each block of source pixels; small arrays are enlarged by a whole factor with
 * crisp pixels. Length-1 axes are ignored, so a {@code (1, h, w)} band shows as {@code (h, w)}.
 */
public final class Quicklook {
    static {
        Headless.ensure();
    }

    /** Colormaps for {@link #png(DenseArray, int, Colormap)}. */
    public enum Colormap {
        GRAY(new int[] {0x000000, 0xFFFFFF}),
        /** Nine key colours of matplotlib's viridis, interpolated linearly. */
        VIRIDIS(new int[] {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30,
            0xFDE725});

        private final int[] stops;

        Colormap(int[] stops) {
            this.stops = stops;
        }

        /** The opaque ARGB colour at {@code t} in [0, 1]. */
        public int argb(double t) {
            double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) Math.floor(x));
            double f = x - i;
            int a = stops[i];
            int b = stops[i + 1];
            int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
            int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
            int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
            return 0xFF000000 | r << 16 | g << 8 | bl;
        }
    }

    private Quicklook() {
    }

    /** As {@link #png(DenseArray, int, Colormap)} with the viridis-like colormap. */
    public static byte[] png(DenseArray image2d, int maxPx) {
        return png(image2d, maxPx, Colormap.VIRIDIS);
    }

    /**
     * The array as a PNG whose longest side is at most {@code maxPx}.
     *
     * @throws IllegalArgumentException when the array is not 2-d (ignoring length-1 axes), is empty,
     *     or {@code maxPx} is not positive
     */
    public static byte[] png(DenseArray image2d, int maxPx, Colormap cmap) {
        return Headless.png(image(image2d, maxPx, cmap));
    }

    /** The quicklook as an ARGB image (for callers that compose it further). */
    public static BufferedImage image(DenseArray a, int maxPx, Colormap cmap) {
        long[] hw = plane(a.shape());
        if (maxPx < 1) {
            throw new IllegalArgumentException("maxPx must be positive but got " + maxPx);
        }
        int h = (int) hw[0];
        int w = (int) hw[1];
        int longest = Math.max(h, w);
        int outH;
        int outW;
        if (longest > maxPx) {
            double scale = (double) maxPx / longest;
            outH = (int) Math.max(1, Math.round(h * scale));
            outW = (int) Math.max(1, Math.round(w * scale));
        } else {
            int f = Math.max(1, maxPx / longest);
            outH = h * f;
            outW = w * f;
        }
        double[] px = resample(a.data(), a.dtype(), h, w, outH, outW);
        double[] range = percentileRange(px);
        BufferedImage img = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_ARGB);
        int[] rgb = new int[outW * outH];
        double span = range[1] - range[0];
        for (int i = 0; i < rgb.length; i++) {
            double v = px[i];
            if (Double.isNaN(v)) {
                rgb[i] = 0;
            } else {
                rgb[i] = cmap.argb(span > 0 ? (v - range[0]) / span : 0.5);
            }
        }
        img.setRGB(0, 0, outW, outH, rgb, 0, outW);
        return img;
    }

    private static long[] plane(long[] shape) {
        long[] hw = Arrays.stream(shape).filter(s -> s != 1).toArray();
        if (hw.length < 2 && shape.length >= 2) {
            // keep the last two axes when squeezing leaves fewer than two, e.g. (1, 5) or (1, 1)
            hw = new long[] {shape[shape.length - 2], shape[shape.length - 1]};
        }
        if (hw.length != 2) {
            throw new IllegalArgumentException("a quicklook needs a 2-d array but got shape " + Formats.shape(shape)
                    + "; select one 2-d plane first (e.g. one band of a raster)");
        }
        if (hw[0] == 0 || hw[1] == 0) {
            throw new IllegalArgumentException("a quicklook needs at least one pixel but the array of shape "
                    + Formats.shape(shape) + " is empty");
        }
        return hw;
    }

    /** Nearest-pixel enlargement or block averaging of finite values (NaN where a block has none). */
    static double[] resample(Object data, DType dtype, int h, int w, int outH, int outW) {
        double[] out = new double[outH * outW];
        boolean enlarge = outH >= h;
        for (int oy = 0; oy < outH; oy++) {
            int y0 = (int) ((long) oy * h / outH);
            int y1 = enlarge ? y0 + 1 : (int) Math.max(y0 + 1, (long) (oy + 1) * h / outH);
            for (int ox = 0; ox < outW; ox++) {
                int x0 = (int) ((long) ox * w / outW);
                int x1 = enlarge ? x0 + 1 : (int) Math.max(x0 + 1, (long) (ox + 1) * w / outW);
                double sum = 0;
                int n = 0;
                double inf = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        double v = Buffers.getDouble(data, dtype, y * w + x);
                        if (Double.isFinite(v)) {
                            sum += v;
                            n++;
                        } else if (!Double.isNaN(v)) {
                            inf = v;
                        }
                    }
                }
                out[oy * outW + ox] = n > 0 ? sum / n : (inf != 0 ? inf : Double.NaN);
            }
        }
        return out;
    }

    /** The 2nd and 98th percentiles (linear interpolation) of the finite values; {0, 0} when none. */
    static double[] percentileRange(double[] values) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return new double[] {0, 0};
        }
        return new double[] {percentile(f, 0.02), percentile(f, 0.98)};
    }

    private static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }
}
