package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.array.LazyHistogram;
import io.chunkwise.display.Formats;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.List;

/**
 * {@code %compute EXPR}: computes a lazy array or histogram (with the live progress bar), then shows the
 * result, the time taken, the peak heap in use and the array's warnings (such as integer overflow).
 */
final class ComputeMagic extends ExpressionMagic {
    static final MagicSpec SPEC = MagicSpec.of("compute", "%compute EXPR").expr().build();

    ComputeMagic(NotebookContext ctx) {
        super(ctx, SPEC, "compute a lazy array or histogram with a live progress bar; show the result, time and peak memory");
    }

    @Override
    public DisplayData run(List<String> args) throws Exception {
        String expr = SPEC.parse(args).expr();
        Object value = ctx.eval(SPEC.name(), expr);
        List<String> warnings;
        if (value instanceof LazyHistogram h) {
            warnings = h.array().warnings();
        } else {
            value = Operands.array(SPEC, expr, value);
            warnings = ((ChunkedArray) value).warnings();
        }
        PeakHeap heap = PeakHeap.start();
        long t0 = System.nanoTime();
        Object result;
        long peak;
        try {
            result = value instanceof LazyHistogram h ? h.compute() : ((ChunkedArray) value).compute();
        } finally {
            peak = heap.stop();
        }
        long elapsed = System.nanoTime() - t0;
        DisplayData shown = result instanceof Histogram h ? HistogramDisplay.of(h, expr, false)
                : resultDisplay(expr, (DenseArray) result);
        return withFooter(shown, footer(elapsed, peak, result), warnings);
    }

    private static DisplayData resultDisplay(String expr, DenseArray r) {
        if (r.ndim() != 0) {
            return ArrayDisplays.dense(r);
        }
        String value = r.dtype().isFloat() ? fullPrecision(r.item()) : scalar(r);
        DisplayData d = new DisplayData(expr + " = " + value);
        d.putHTML("<div style=\"font-family:monospace;font-size:13px\">" + Html.escape(expr) + " = <b>"
                + Html.escape(value) + "</b> <span style=\"color:#777\">(" + r.dtype().numpyName() + ")</span></div>");
        return d;
    }

    /** Every digit Java needs to give the value back (its shortest round-trip form), without exponent where short. */
    static String fullPrecision(double v) {
        if (!Double.isFinite(v)) {
            return Formats.number(v);
        }
        double a = Math.abs(v);
        String s = Double.toString(v);
        return a == 0 || (a >= 1e-4 && a < 1e16) ? new java.math.BigDecimal(s).toPlainString() : s;
    }

    private static String scalar(DenseArray r) {
        if (r.dtype().isBool()) {
            return r.itemLong() != 0 ? "True" : "False";
        }
        return r.dtype() == io.chunkwise.array.DType.UINT64 ? Long.toUnsignedString(r.itemLong())
                : Long.toString(r.itemLong());
    }

    private static String footer(long elapsedNanos, long peakBytes, Object result) {
        String size = result instanceof DenseArray d ? " \u00b7 result " + Formats.bytes(d.size() * d.dtype().itemSize())
                : "";
        long max = PeakHeap.maxHeap();
        return "computed in " + Formats.duration(elapsedNanos) + " \u00b7 peak heap used " + Formats.bytes(peakBytes)
                + (max > 0 ? " of " + Formats.bytes(max) : "") + size;
    }

    /** {@code shown} with a footer line and the warnings added to its text and HTML. */
    static DisplayData withFooter(DisplayData shown, String footer, List<String> warnings) {
        StringBuilder text = new StringBuilder(String.valueOf(shown.getData(MIMEType.TEXT_PLAIN)));
        StringBuilder html = new StringBuilder("<div>");
        Object h = shown.getData(MIMEType.TEXT_HTML);
        html.append(h == null ? "<pre>" + Html.escape(text.toString()) + "</pre>" : h);
        text.append('\n').append(footer);
        html.append(Html.note(footer));
        for (String w : warnings) {
            text.append("\nWarning: ").append(w);
            html.append("<div role=\"note\" style=\"font-family:sans-serif;font-size:12px;margin-top:4px;padding:4px 8px;"
                    + "border-left:4px solid #d9822b;background:#fff4e5;color:#4d3000\"><strong>Warning:</strong> ")
                    .append(Html.escape(w)).append("</div>");
        }
        DisplayData d = new DisplayData(text.toString());
        d.putHTML(html.append("</div>").toString());
        if (shown.hasDataForType(MIMEType.IMAGE_PNG)) {
            d.putData(MIMEType.IMAGE_PNG, shown.getData(MIMEType.IMAGE_PNG));
        }
        return d;
    }
}
