package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.display.Formats;
import io.chunkwise.display.Quicklook;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.List;

/**
 * {@code %preview EXPR [--size PX]}: a downsampled image of a 2-d array (length-1 axes ignored). A lazy
 * array is sampled with a stride chosen so that about {@code PX}² values are computed
 * ({@link StridedSample}); an in-memory array is averaged block by block.
 */
final class PreviewMagic extends ExpressionMagic {
    static final int DEFAULT_SIZE = 512;
    static final MagicSpec SPEC = MagicSpec.of("preview", "%preview EXPR [--size PX]").expr()
            .keyword("size", "PX").build();

    PreviewMagic(NotebookContext ctx) {
        super(ctx, SPEC, "downsampled image of a 2-d array, computing only about PX\u00b2 values");
    }

    @Override
    public DisplayData run(List<String> args) throws Exception {
        MagicSpec.Parsed p = SPEC.parse(args);
        int size = p.intKeyword("size", DEFAULT_SIZE, 16, 4096);
        Object value = ctx.eval(SPEC.name(), p.expr());
        long t0 = System.nanoTime();
        DenseArray image;
        String how;
        long[] shape;
        String dtype;
        if (value instanceof DenseArray d) {
            shape = d.shape();
            dtype = d.dtype().numpyName();
            requirePlane(p.expr(), shape);
            image = d;
            how = "block averages of the in-memory array";
        } else {
            ChunkedArray x = Operands.array(SPEC, p.expr(), value);
            shape = x.shape();
            dtype = x.dtype().numpyName();
            requirePlane(p.expr(), shape);
            image = StridedSample.of(x, size).compute();
            long step = DenseSample.stride(longest(shape), size);
            long[] got = image.shape();
            how = (step == 1 ? "every value" : "every " + ordinal(step) + " value along each axis") + " ("
                    + Formats.count(image.size()) + " values, " + shapeText(got) + ")";
        }
        long elapsed = System.nanoTime() - t0;
        String png = Html.base64(Quicklook.png(image, size));
        String caption = p.expr() + ": " + shapeText(shape) + " " + dtype + "; " + how + ", computed in "
                + Formats.duration(elapsed) + ". Colours span the 2nd to 98th percentile; NaN is transparent.";
        DisplayData out = new DisplayData("preview of " + caption);
        out.putData(MIMEType.IMAGE_PNG, png);
        out.putHTML("<div>" + Html.img(png, "preview of " + p.expr()) + Html.note(caption) + "</div>");
        return out;
    }

    private static void requirePlane(String expr, long[] shape) {
        if (!DenseSample.isPlane(shape)) {
            throw SPEC.error("'" + expr + "' has shape " + Formats.shape(shape) + "; a preview needs a 2-d array"
                    + " (length-1 axes are ignored), e.g. one band of a raster.");
        }
    }

    private static long longest(long[] shape) {
        long m = 1;
        for (long s : shape) {
            m = Math.max(m, s);
        }
        return m;
    }

    private static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder();
        for (long s : shape) {
            if (s != 1) {
                sb.append(sb.length() == 0 ? "" : " \u00d7 ").append(Formats.count(s));
            }
        }
        return sb.toString();
    }

    private static String ordinal(long n) {
        long t = n % 100;
        String suffix = t >= 11 && t <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
