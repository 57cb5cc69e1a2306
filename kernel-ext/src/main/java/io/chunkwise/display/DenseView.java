package io.chunkwise.display;

import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;

/**
 * A small in-memory array as an HTML table: every value up to {@value #MAX_SHOWN} per axis, otherwise
 * the first and last {@value #EDGE} with an ellipsis row or column between, under a caption with shape
 * and dtype. Arrays of more than two dimensions show their first 2-d plane, and say so.
 */
public final class DenseView {
    /** Largest axis length shown in full. */
    public static final int MAX_SHOWN = 20;
    /** Values shown at each end of a longer axis. */
    public static final int EDGE = 10;

    private static final String CELL = "padding:1px 6px;border:1px solid #e4e4e4;text-align:right;"
            + "font-family:monospace;font-size:12px;";
    private static final String INDEX = "padding:1px 6px;border:1px solid #e4e4e4;text-align:right;"
            + "font-family:monospace;font-size:11px;color:#888;background:#fafafa;";
    private static final String GAP = "\u2026";

    private DenseView() {
    }

    /** The array as an HTML table with a caption such as {@code DenseArray shape=(3, 4) dtype=float64}. */
    public static String html(DenseArray a) {
        long[] shape = a.shape();
        int nd = shape.length;
        StringBuilder out = new StringBuilder(4096);
        out.append("<table style=\"border-collapse:collapse\">\n<caption style=\"text-align:left;padding:0 0 4px 0;"
                + "font-family:sans-serif;font-size:12px\">DenseArray shape=").append(Formats.shape(shape))
                .append(" dtype=").append(a.dtype().numpyName());
        if (nd > 2) {
            StringBuilder idx = new StringBuilder("[");
            for (int d = 0; d < nd; d++) {
                idx.append(d == 0 ? "" : ", ").append(d < nd - 2 ? "0" : ":");
            }
            out.append(", showing x").append(idx).append(']');
        }
        if (a.size() == 0) {
            out.append(" (empty)</caption>\n<tbody><tr><td style=\"").append(CELL).append("\">")
                    .append("no values</td></tr></tbody></table>");
            return out.toString();
        }
        out.append("</caption>\n");
        long rows = nd >= 2 ? shape[nd - 2] : 1;
        long cols = nd >= 1 ? shape[nd - 1] : 1;
        long[] rowIdx = picks(rows);
        long[] colIdx = picks(cols);
        if (nd >= 1) {
            out.append("<thead><tr>");
            if (nd >= 2) {
                out.append("<th style=\"").append(INDEX).append("\"></th>");
            }
            for (long c : colIdx) {
                out.append("<th style=\"").append(INDEX).append("\">").append(c < 0 ? GAP : Long.toString(c))
                        .append("</th>");
            }
            out.append("</tr></thead>\n");
        }
        out.append("<tbody>\n");
        long[] index = new long[nd];
        for (long r : rowIdx) {
            out.append("<tr>");
            if (nd >= 2) {
                out.append("<th style=\"").append(INDEX).append("\">").append(r < 0 ? GAP : Long.toString(r))
                        .append("</th>");
            }
            for (long c : colIdx) {
                String text;
                if (r < 0 || c < 0) {
                    text = GAP;
                } else {
                    if (nd >= 2) {
                        index[nd - 2] = r;
                    }
                    if (nd >= 1) {
                        index[nd - 1] = c;
                    }
                    text = value(a, index);
                }
                out.append("<td style=\"").append(CELL).append("\">").append(Markup.escape(text)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Indices to show along an axis of length {@code n}; -1 marks the ellipsis. */
    static long[] picks(long n) {
        if (n <= MAX_SHOWN) {
            long[] all = new long[(int) n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        long[] p = new long[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            p[i] = i;
            p[EDGE + 1 + i] = n - EDGE + i;
        }
        p[EDGE] = -1;
        return p;
    }

    /** One element spelled as NumPy would: {@code True}, {@code 65535}, {@code 0.333333}, {@code nan}. */
    static String value(DenseArray a, long[] index) {
        DType t = a.dtype();
        if (t.isFloat()) {
            return Formats.number(a.getDouble(index));
        }
        long v = a.getLong(index);
        if (t.isBool()) {
            return v != 0 ? "True" : "False";
        }
        return t == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    }
}
