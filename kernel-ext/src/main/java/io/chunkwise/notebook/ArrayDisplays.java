package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.LazyHistogram;
import io.chunkwise.display.ArrayInfo;
import io.chunkwise.display.ArraySummary;
import io.chunkwise.display.DenseView;
import io.chunkwise.display.Formats;
import io.chunkwise.display.Quicklook;
import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MIME bundles for arrays: the Dask-like summary of a lazy array (metadata only), a dense array as a
 * table or, when large and 2-d, as a summary with a quicklook, and an uncomputed histogram as a note on
 * what it is and how to compute it. Every bundle has {@code text/plain}.
 */
final class ArrayDisplays {
    /** Dense 2-d arrays with more elements than this also get a quicklook image. */
    static final long QUICKLOOK_ABOVE = (long) DenseView.MAX_SHOWN * DenseView.MAX_SHOWN;
    /** Longest side of a dense array's quicklook, in pixels. */
    static final int QUICKLOOK_PX = 256;
    private static final int MAX_SOURCES = 3;

    private ArrayDisplays() {
    }

    /** The summary of {@code x} with its warnings and data sources; reads no data. */
    static DisplayData chunked(ChunkedArray x) {
        ArrayInfo info = ArrayInfo.of(x);
        String sources = sources(x);
        if (sources != null) {
            info = info.withSource(sources);
        }
        DisplayData d = new DisplayData(ArraySummary.text(info));
        d.putHTML(ArraySummary.html(info));
        return d;
    }

    /** The distinct descriptions of the sources under {@code x}, at most three, or null if none say anything. */
    static String sources(ChunkedArray x) {
        Set<String> found = new LinkedHashSet<>();
        collect(x.expr(), found, new IdentityHashMap<>());
        if (found.isEmpty()) {
            return null;
        }
        List<String> list = new ArrayList<>(found);
        String shown = String.join("; ", list.subList(0, Math.min(MAX_SOURCES, list.size())));
        return list.size() > MAX_SOURCES ? shown + " and " + (list.size() - MAX_SOURCES) + " more" : shown;
    }

    private static void collect(Expr e, Set<String> out, Map<Expr, Boolean> seen) {
        if (seen.put(e, Boolean.TRUE) != null) {
            return;
        }
        if (e instanceof Expr.Source s) {
            if (s.source() instanceof DerivedSource d) {
                d.inputs().forEach(in -> collect(in, out, seen));
            } else {
                String text = s.source().describe();
                if (text != null && !text.isBlank()) {
                    out.add(text);
                }
            }
            return;
        }
        e.inputs().forEach(in -> collect(in, out, seen));
    }

    /**
     * A dense array: a table of its values (corners only when long); a 2-d array of more than
     * {@value DenseView#MAX_SHOWN} x {@value DenseView#MAX_SHOWN} values also gets a quicklook image,
     * drawn from a strided sample so that showing a huge result stays fast.
     */
    static DisplayData dense(DenseArray a) {
        DisplayData d = new DisplayData(a.toString());
        String table = DenseView.html(a);
        if (a.size() <= QUICKLOOK_ABOVE || !DenseSample.isPlane(a.shape())) {
            d.putHTML(table);
            return d;
        }
        String png = Html.base64(Quicklook.png(DenseSample.strided(a, 2 * QUICKLOOK_PX), QUICKLOOK_PX));
        d.putData(MIMEType.IMAGE_PNG, png);
        String caption = "DenseArray shape=" + Formats.shape(a.shape()) + " dtype=" + a.dtype().numpyName() + ", "
                + Formats.bytes(a.size() * a.dtype().itemSize());
        d.putHTML("<div>" + Html.note(caption) + "<table style=\"border:none\"><tr style=\"background:transparent\">"
                + "<td style=\"vertical-align:top;border:none;padding:0 16px 0 0\">" + table + "</td>"
                + "<td style=\"vertical-align:top;border:none;padding:0\">" + Html.img(png, "quicklook of the array")
                + Html.note("quicklook: values between the 2nd and 98th percentile, NaN transparent") + "</td></tr>"
                + "</table></div>");
        return d;
    }

    /** An uncomputed histogram: what it counts (the array's summary) and how to get the counts. */
    static DisplayData lazyHistogram(LazyHistogram h) {
        String how = "Not computed yet: call .compute() for the counts, or draw it with %hist on the array.";
        DisplayData d = new DisplayData(h + "\n" + how);
        DisplayData array = chunked(h.array());
        d.putHTML("<div><div style=\"font-family:sans-serif;font-size:13px;margin-bottom:4px\"><code>"
                + Html.escape(h.toString()) + "</code></div>" + Html.note(how)
                + "<div style=\"margin-top:6px\">" + array.getData(MIMEType.TEXT_HTML) + "</div></div>");
        return d;
    }
}
