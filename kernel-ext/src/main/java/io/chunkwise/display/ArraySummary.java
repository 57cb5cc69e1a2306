package io.chunkwise.display;

/**
 * The Dask-like summary of a chunked array: a table of Bytes, Shape, Count, Tasks and Data type with
 * Array and Chunk columns beside the SVG chunk grid, with warnings and the data source shown as
 * visible notes; plus a one-line text fallback.
 *
 * <p>The HTML uses inline styles only (it renders the same in a notebook, in an exported page and on
 * GitHub) and is well-formed XML. The Chunk column shows the largest chunk along every axis, as
 * Dask's {@code chunksize} does; counts are singular for one ("1 chunk").
 */
public final class ArraySummary {
    private static final String FONT = "font-family:sans-serif;font-size:13px;";
    private static final String CELL = "padding:3px 10px;border:1px solid #ddd;text-align:right;";
    private static final String HEAD = "padding:3px 10px;border:1px solid #ddd;text-align:left;font-weight:bold;"
            + "background:#f7f7f7;";

    private ArraySummary() {
    }

    /** The summary with a grid drawing of the default size (the longest axis 120 px). */
    public static String html(ArrayInfo info) {
        return html(info, ChunkGridSvg.DEFAULT_SIZE);
    }

    /** The summary with the grid's longest axis drawn {@code svgSizePx} pixels long. */
    public static String html(ArrayInfo info, int svgSizePx) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<table style=\"border-collapse:collapse;border:none;margin:0;background:transparent\">"
                + "<tr style=\"background:transparent\"><td style=\"vertical-align:top;padding:0 16px 0 0;"
                + "border:none;text-align:left\">\n");
        summaryTable(out, info);
        for (String w : info.warnings()) {
            out.append("<div role=\"note\" style=\"").append(FONT).append("font-size:12px;margin-top:6px;"
                    + "padding:4px 8px;max-width:460px;border-left:4px solid #d9822b;background:#fff4e5;"
                    + "color:#4d3000\"><strong>Warning:</strong> ").append(Markup.escape(w)).append("</div>\n");
        }
        String empty = emptyNote(info.shape());
        if (empty != null) {
            out.append("<div style=\"").append(FONT).append("font-size:12px;margin-top:6px;color:#555\">")
                    .append(Markup.escape(empty)).append("</div>\n");
        }
        if (info.source() != null && !info.source().isBlank()) {
            out.append("<div style=\"").append(FONT).append("font-size:12px;margin-top:6px;color:#555\">"
                    + "Source: ").append(Markup.escape(info.source())).append("</div>\n");
        }
        out.append("</td><td style=\"vertical-align:top;padding:0;border:none\">\n")
                .append(ChunkGridSvg.svg(info.shape(), info.chunks(), svgSizePx))
                .append("\n</td></tr></table>");
        return out.toString();
    }

    private static void summaryTable(StringBuilder out, ArrayInfo info) {
        long[] shape = info.shape();
        int[] chunk = info.chunks().maxChunk();
        String chunkShape = Formats.shape(chunk) + (info.chunks().isRegular() ? "" : " largest");
        out.append("<table style=\"border-collapse:collapse;").append(FONT).append("\">\n")
                .append("<caption style=\"text-align:left;padding:0 0 4px 0;").append(FONT)
                .append("\">ChunkedArray <code>").append(Markup.escape(info.name())).append("</code></caption>\n")
                .append("<thead><tr><td style=\"border:none\"></td><th style=\"").append(HEAD)
                .append("text-align:right\">Array</th><th style=\"").append(HEAD)
                .append("text-align:right\">Chunk</th></tr></thead>\n<tbody>\n");
        row(out, "Bytes", Formats.bytes(info.nbytes()), Formats.bytes(info.chunkBytes()));
        row(out, "Shape", Formats.shape(shape), chunkShape);
        row(out, "Count", countText(info), null);
        row(out, "Tasks", Formats.plural(info.taskCount(), "task") + " after fusion, "
                + Formats.plural(info.graphLayers(), "graph layer"), null);
        row(out, "Data type", info.dtype().numpyName(), null);
        out.append("</tbody></table>\n");
    }

    private static String countText(ArrayInfo info) {
        String n = Formats.plural(info.chunks().numChunks(), "chunk");
        if (info.ndim() < 2) {
            return n;
        }
        StringBuilder grid = new StringBuilder(" (");
        int[] g = info.chunks().grid();
        for (int a = 0; a < g.length; a++) {
            grid.append(a == 0 ? "" : " \u00d7 ").append(Formats.count(g[a]));
        }
        return n + grid.append(')');
    }

    private static void row(StringBuilder out, String name, String array, String chunk) {
        out.append("<tr><th style=\"").append(HEAD).append("\">").append(name).append("</th>");
        if (chunk == null) {
            out.append("<td colspan=\"2\" style=\"").append(CELL).append("\">").append(Markup.escape(array))
                    .append("</td>");
        } else {
            out.append("<td style=\"").append(CELL).append("\">").append(Markup.escape(array)).append("</td><td style=\"")
                    .append(CELL).append("\">").append(Markup.escape(chunk)).append("</td>");
        }
        out.append("</tr>\n");
    }

    private static String emptyNote(long[] shape) {
        for (int a = 0; a < shape.length; a++) {
            if (shape[a] == 0) {
                return "Empty array: length 0 along axis " + a + ".";
            }
        }
        return null;
    }

    /**
     * One line like Dask's repr, {@code ChunkedArray<mul, shape=(20000, 20000), dtype=float64,
     * chunksize=(1000, 1000), chunks=400>}, followed by one line per warning and the source, if any.
     */
    public static String text(ArrayInfo info) {
        StringBuilder sb = new StringBuilder("ChunkedArray<").append(info.name())
                .append(", shape=").append(Formats.shape(info.shape()))
                .append(", dtype=").append(info.dtype().numpyName())
                .append(", chunksize=").append(Formats.shape(info.chunks().maxChunk()))
                .append(", chunks=").append(info.chunks().numChunks()).append('>');
        for (String w : info.warnings()) {
            sb.append("\nWarning: ").append(w);
        }
        if (info.source() != null && !info.source().isBlank()) {
            sb.append("\nSource: ").append(info.source());
        }
        return sb.toString();
    }
}
