package io.chunkwise.display;

/**
 * One parallelogram face of a chunk-grid drawing: an origin and two edge vectors in pixels, with the
 * boundaries of one axis along each edge. Writes a fill polygon and the boundary lines as SVG.
 *
 * <p>The fill is light orange when every boundary is drawn, dark brown when the grid is too fine to
 * draw every chunk (as Dask does), and absent, with a dashed outline, for a face over an empty axis.
 */
final class GridFace {
    static final String LIGHT = "#ECB172";
    static final String DARK = "#8B4903";

    private GridFace() {
    }

    /**
     * Appends the face at {@code (ox, oy)} spanned by {@code (ux, uy)} along axis {@code u} and
     * {@code (vx, vy)} along axis {@code v}; {@code emptyArray} draws it as an outline.
     */
    static void draw(StringBuilder out, boolean emptyArray, double ox, double oy, double ux, double uy, GridAxis u,
                     double vx, double vy, GridAxis v) {
        boolean empty = emptyArray || u.empty() || v.empty();
        String fill = empty ? "none" : (u.dense() || v.dense() ? DARK : LIGHT);
        out.append("<polygon points=\"")
                .append(Markup.px(ox)).append(',').append(Markup.px(oy)).append(' ')
                .append(Markup.px(ox + ux)).append(',').append(Markup.px(oy + uy)).append(' ')
                .append(Markup.px(ox + ux + vx)).append(',').append(Markup.px(oy + uy + vy)).append(' ')
                .append(Markup.px(ox + vx)).append(',').append(Markup.px(oy + vy))
                .append("\" fill=\"").append(fill).append('"')
                .append(empty ? "" : " fill-opacity=\"0.63\"")
                .append(" stroke=\"none\"/>\n");
        String dash = empty ? " stroke-dasharray=\"4,3\"" : "";
        // lines across the face at each boundary of v (parallel to u), then of u (parallel to v)
        lines(out, ox, oy, vx, vy, ux, uy, v.fractions(), dash);
        lines(out, ox, oy, ux, uy, vx, vy, u.fractions(), dash);
    }

    private static void lines(StringBuilder out, double ox, double oy, double stepX, double stepY,
                              double spanX, double spanY, double[] fractions, String dash) {
        for (int i = 0; i < fractions.length; i++) {
            double x1 = ox + fractions[i] * stepX;
            double y1 = oy + fractions[i] * stepY;
            boolean edge = i == 0 || i == fractions.length - 1;
            out.append("<line x1=\"").append(Markup.px(x1)).append("\" y1=\"").append(Markup.px(y1))
                    .append("\" x2=\"").append(Markup.px(x1 + spanX)).append("\" y2=\"")
                    .append(Markup.px(y1 + spanY)).append('"')
                    .append(edge ? " stroke-width=\"2\"" : "").append(dash).append("/>\n");
        }
    }
}
