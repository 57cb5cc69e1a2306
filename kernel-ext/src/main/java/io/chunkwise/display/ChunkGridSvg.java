package io.chunkwise.display;

import io.chunkwise.array.Chunks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws an array's chunk grid as a standalone SVG from metadata only: a bar for 1-d, a grid for 2-d,
 * an oblique box for 3-d, and side-by-side groups of those for more dimensions.
 *
 * <p>Sizing follows Dask's rule: the longest axis gets {@code sizePx} pixels and shorter axes shrink
 * with a logarithmic response to the length ratio, so extreme aspect ratios stay legible (the shortest
 * axis keeps about a fifth of the size). Unlike Dask, an axis with more chunks than fit at 6 px apart
 * is drawn with evenly spaced real chunk boundaries on a dark face, a 1-d bar has no phantom "1" label,
 * a 0-d array is a small square and an axis of length 0 is a dashed outline. The cost depends on the
 * pixels, not on the number of chunks: a grid of a million chunks draws in well under a millisecond.
 */
public final class ChunkGridSvg {
    /** The size the array summary uses, as Dask's repr does. */
    public static final int DEFAULT_SIZE = 120;
    /** The smallest size accepted. */
    public static final int MIN_SIZE = 24;

    private static final double PAD = 2;
    private static final double LABEL_ROOM = 40;
    private static final double GROUP_GAP = 10;
    private static final double DEPTH_SCALE = 1.7;
    private static final String TEXT = " font-size=\"14\" font-family=\"sans-serif\" text-anchor=\"middle\""
            + " fill=\"#000\" stroke=\"none\"";

    private ChunkGridSvg() {
    }

    /** As {@link #svg(long[], Chunks, int)} with the chunks' own shape. */
    public static String svg(Chunks chunks, int sizePx) {
        return svg(chunks.shape(), chunks, sizePx);
    }

    /**
     * The SVG drawing of {@code chunks} over {@code shape}, with the longest axis {@code sizePx} pixels.
     *
     * @throws IllegalArgumentException when the shape is not the grid's, or {@code sizePx < MIN_SIZE}
     */
    public static String svg(long[] shape, Chunks chunks, int sizePx) {
        if (!Arrays.equals(shape, chunks.shape())) {
            throw new IllegalArgumentException("shape " + Formats.shape(shape) + " does not match the chunk grid's "
                    + Formats.shape(chunks.shape()) + "; pass the array's own chunks");
        }
        if (sizePx < MIN_SIZE) {
            throw new IllegalArgumentException("an SVG size of " + sizePx + " px is too small to draw a grid; use at"
                    + " least " + MIN_SIZE + " (the summary uses " + DEFAULT_SIZE + ")");
        }
        double[] sizes = drawSizes(shape, sizePx);
        boolean empty = Arrays.stream(shape).anyMatch(s -> s == 0);
        List<Figure> figures = new ArrayList<>();
        if (shape.length == 0) {
            figures.add(scalar(sizePx));
        } else {
            for (int[] group : groups(shape.length)) {
                figures.add(switch (group.length) {
                    case 1 -> bar(shape, chunks, group[0], sizes, sizePx, empty);
                    case 2 -> grid(shape, chunks, group[0], group[1], sizes, empty);
                    default -> box(shape, chunks, group, sizes, empty);
                });
            }
        }
        double width = 0;
        double height = 0;
        for (Figure f : figures) {
            width += f.width();
            height = Math.max(height, f.height());
        }
        width += GROUP_GAP * (figures.size() - 1);
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Markup.px(width))
                .append("\" height=\"").append(Markup.px(height)).append("\" viewBox=\"0 0 ")
                .append(Markup.px(width)).append(' ').append(Markup.px(height))
                .append("\" role=\"img\">\n<title>").append(Markup.escape(title(shape, chunks)))
                .append("</title>\n<g stroke=\"#000\" stroke-width=\"1\">\n");
        double x = 0;
        for (Figure f : figures) {
            if (figures.size() == 1) {
                out.append(f.body());
            } else {
                out.append("<g transform=\"translate(").append(Markup.px(x)).append(",0)\">\n")
                        .append(f.body()).append("</g>\n");
            }
            x += f.width() + GROUP_GAP;
        }
        return out.append("</g>\n</svg>").toString();
    }

    /**
     * Pixel length per axis: {@code size / response(max(shape) / length)}, where the response is the
     * ratio itself below e, {@code log(ratio + 12.4)} up to 100 and {@code log(112.4)} beyond.
     */
    static double[] drawSizes(long[] shape, int size) {
        double mx = 1;
        for (long s : shape) {
            mx = Math.max(mx, s);
        }
        double[] out = new double[shape.length];
        for (int a = 0; a < shape.length; a++) {
            out[a] = size / response(mx / Math.max(0.1, shape[a]));
        }
        return out;
    }

    private static double response(double ratio) {
        if (ratio < Math.E) {
            return ratio;
        }
        return Math.log(Math.min(ratio, 100) + 12.4);
    }

    /** Axis groups drawn left to right: threes from the right, the leading 1 or 2 axes on their own. */
    static List<int[]> groups(int ndim) {
        List<int[]> out = new ArrayList<>();
        int first = ndim % 3 == 0 ? 3 : ndim % 3;
        int a = 0;
        for (int len = first; a < ndim; len = 3) {
            int[] g = new int[len];
            for (int i = 0; i < len; i++) {
                g[i] = a + i;
            }
            out.add(g);
            a += len;
        }
        return out;
    }

    private record Figure(String body, double width, double height) {
    }

    private static Figure scalar(int size) {
        double s = Math.max(12, size / 6.0);
        StringBuilder b = new StringBuilder();
        GridFace.draw(b, false, PAD, PAD, s, 0, GridAxis.whole(), 0, s, GridAxis.whole());
        b.append(label(PAD + s / 2, PAD + s + 18, 0, "0-d"));
        return new Figure(b.toString(), Math.max(s + 2 * PAD, 30), PAD + s + 24);
    }

    private static Figure bar(long[] shape, Chunks chunks, int axis, double[] sizes, int size,
                              boolean empty) {
        double w = sizes[axis];
        double h = Math.max(8, size / Math.log(112.4));
        StringBuilder b = new StringBuilder();
        GridFace.draw(b, empty, PAD, PAD, w, 0, GridAxis.of(chunks, axis, w), 0, h, GridAxis.whole());
        b.append(label(PAD + w / 2, PAD + h + 20, 0, Long.toString(shape[axis])));
        return new Figure(b.toString(), PAD + w + LABEL_ROOM / 2, PAD + h + LABEL_ROOM);
    }

    private static Figure grid(long[] shape, Chunks chunks, int rows, int cols, double[] sizes,
                               boolean empty) {
        double h = sizes[rows];
        double w = sizes[cols];
        StringBuilder b = new StringBuilder();
        GridFace.draw(b, empty, PAD, PAD, w, 0, GridAxis.of(chunks, cols, w), 0, h, GridAxis.of(chunks, rows, h));
        b.append(label(PAD + w / 2, PAD + h + 20, 0, Long.toString(shape[cols])));
        b.append(sideLabel(PAD + w + 20, PAD + h / 2, shape[rows]));
        return new Figure(b.toString(), PAD + w + LABEL_ROOM, PAD + h + LABEL_ROOM);
    }

    private static Figure box(long[] shape, Chunks chunks, int[] axes, double[] sizes, boolean empty) {
        int a0 = axes[0];
        int a1 = axes[1];
        int a2 = axes[2];
        double d = sizes[a0] / DEPTH_SCALE;
        double h = sizes[a1];
        double w = sizes[a2];
        double ox = 16;
        double oy = PAD;
        GridAxis depth = GridAxis.of(chunks, a0, sizes[a0]);
        GridAxis rows = GridAxis.of(chunks, a1, h);
        GridAxis cols = GridAxis.of(chunks, a2, w);
        StringBuilder b = new StringBuilder();
        GridFace.draw(b, empty, ox, oy, w, 0, cols, d, d, depth);               // top
        GridFace.draw(b, empty, ox, oy, d, d, depth, 0, h, rows);               // left
        GridFace.draw(b, empty, ox + d, oy + d, w, 0, cols, 0, h, rows);        // front
        double maxX = ox + d + w;
        double maxY = oy + d + h;
        b.append(label(ox + d + w / 2, maxY + 20, 0, Long.toString(shape[a2])));
        b.append(sideLabel(maxX + 20, oy + d + h / 2, shape[a1]));
        double mx = ox + d / 2 - 9;
        double my = oy + h + d / 2 + 9;
        b.append(label(mx, my, 45, Long.toString(shape[a0])));
        return new Figure(b.toString(), maxX + LABEL_ROOM, maxY + LABEL_ROOM);
    }

    private static String sideLabel(double x, double y, long value) {
        boolean rotate = value >= 100;
        return label(x, rotate ? y : y + 5, rotate ? -90 : 0, Long.toString(value));
    }

    private static String label(double x, double y, int degrees, String text) {
        StringBuilder b = new StringBuilder("<text x=\"").append(Markup.px(x)).append("\" y=\"")
                .append(Markup.px(y)).append('"').append(TEXT);
        if (degrees != 0) {
            b.append(" transform=\"rotate(").append(degrees).append(',').append(Markup.px(x)).append(',')
                    .append(Markup.px(y)).append(")\"");
        }
        return b.append('>').append(Markup.escape(text)).append("</text>\n").toString();
    }

    private static String title(long[] shape, Chunks chunks) {
        StringBuilder t = new StringBuilder("chunk grid of shape ").append(Formats.shape(shape)).append(": ")
                .append(Formats.plural(chunks.numChunks(), "chunk"));
        for (int a = 0; a < shape.length; a++) {
            if (shape[a] == 0) {
                t.append("; empty: length 0 along axis ").append(a);
                break;
            }
        }
        return t.toString();
    }
}
