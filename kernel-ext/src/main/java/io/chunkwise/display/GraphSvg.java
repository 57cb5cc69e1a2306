package io.chunkwise.display;

import java.util.List;
import java.util.Locale;

/**
 * Draws a task graph layer by layer as SVG: one box per layer (name, kind, chunk count), top to bottom
 * in the order given, with an arrow from each layer to the next; consecutive layers of one fused group
 * sit inside one dashed outline labelled with the group's task count.
 *
 * <p>The drawing is a chain: it shows the order of the layers, not a general DAG.
 */
public final class GraphSvg {
    private static final double BOX_W = 240;
    private static final double BOX_H = 42;
    private static final double GAP = 26;
    private static final double MARGIN = 12;
    private static final double LABEL_W = 130;
    private static final int MAX_NAME = 32;

    private GraphSvg() {
    }

    /** The SVG of the layers; an empty or null list draws a small "empty graph" note. */
    public static String svg(List<LayerInfo> layers) {
        int n = layers == null ? 0 : layers.size();
        double width = MARGIN * 2 + BOX_W + LABEL_W;
        double height = n == 0 ? 40 : MARGIN * 2 + n * BOX_H + (n - 1) * GAP;
        StringBuilder out = new StringBuilder(2048);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Markup.px(width))
                .append("\" height=\"").append(Markup.px(height)).append("\" viewBox=\"0 0 ").append(Markup.px(width))
                .append(' ').append(Markup.px(height)).append("\" role=\"img\" font-family=\"sans-serif\">\n<title>")
                .append(Markup.escape("task graph of " + Formats.plural(n, "layer"))).append("</title>\n");
        if (n == 0) {
            out.append("<text x=\"").append(Markup.px(MARGIN)).append("\" y=\"24\" font-size=\"13\" fill=\"#666\">"
                    + "empty graph</text>\n");
            return out.append("</svg>").toString();
        }
        // fused-group outlines first, so that boxes draw over them
        for (int i = 0; i < n; ) {
            int g = layers.get(i).fusedGroup();
            int j = i + 1;
            while (g >= 0 && j < n && layers.get(j).fusedGroup() == g) {
                j++;
            }
            if (j - i >= 2) {
                outline(out, i, j, layers.get(i).chunks());
            }
            i = j;
        }
        for (int i = 0; i < n; i++) {
            double y = top(i);
            box(out, layers.get(i), y);
            if (i + 1 < n) {
                arrow(out, MARGIN + BOX_W / 2, y + BOX_H, top(i + 1));
            }
        }
        return out.append("</svg>").toString();
    }

    private static double top(int i) {
        return MARGIN + i * (BOX_H + GAP);
    }

    private static void outline(StringBuilder out, int from, int to, long chunks) {
        double pad = 7;
        double y0 = top(from) - pad;
        double y1 = top(to - 1) + BOX_H + pad;
        out.append("<rect class=\"fused\" x=\"").append(Markup.px(MARGIN - pad)).append("\" y=\"")
                .append(Markup.px(y0)).append("\" width=\"").append(Markup.px(BOX_W + 2 * pad)).append("\" height=\"")
                .append(Markup.px(y1 - y0)).append("\" rx=\"8\" fill=\"#f6f6f6\" stroke=\"#555\""
                        + " stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>\n");
        double ly = (y0 + y1) / 2;
        out.append("<text x=\"").append(Markup.px(MARGIN + BOX_W + pad + 8)).append("\" y=\"").append(Markup.px(ly - 2))
                .append("\" font-size=\"12\" fill=\"#333\">fused: ").append(to - from).append(" layers</text>\n");
        out.append("<text x=\"").append(Markup.px(MARGIN + BOX_W + pad + 8)).append("\" y=\"").append(Markup.px(ly + 13))
                .append("\" font-size=\"12\" fill=\"#333\">").append(Markup.escape(Formats.plural(chunks, "task")))
                .append("</text>\n");
    }

    private static void box(StringBuilder out, LayerInfo l, double y) {
        out.append("<rect class=\"layer\" x=\"").append(Markup.px(MARGIN)).append("\" y=\"").append(Markup.px(y))
                .append("\" width=\"").append(Markup.px(BOX_W)).append("\" height=\"").append(Markup.px(BOX_H))
                .append("\" rx=\"4\" fill=\"").append(fill(l.kind())).append("\" stroke=\"#333\" stroke-width=\"1\"/>\n");
        String name = l.name().length() > MAX_NAME ? l.name().substring(0, MAX_NAME - 1) + "\u2026" : l.name();
        double cx = MARGIN + BOX_W / 2;
        out.append("<text x=\"").append(Markup.px(cx)).append("\" y=\"").append(Markup.px(y + 17))
                .append("\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000\">")
                .append(Markup.escape(name)).append("</text>\n");
        String detail = (l.kind().isBlank() ? "" : l.kind() + " \u00b7 ") + Formats.plural(l.chunks(), "chunk");
        out.append("<text x=\"").append(Markup.px(cx)).append("\" y=\"").append(Markup.px(y + 33))
                .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\">").append(Markup.escape(detail))
                .append("</text>\n");
    }

    private static void arrow(StringBuilder out, double x, double y0, double y1) {
        out.append("<line x1=\"").append(Markup.px(x)).append("\" y1=\"").append(Markup.px(y0)).append("\" x2=\"")
                .append(Markup.px(x)).append("\" y2=\"").append(Markup.px(y1 - 6))
                .append("\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
        out.append("<polygon points=\"").append(Markup.px(x - 5)).append(',').append(Markup.px(y1 - 7)).append(' ')
                .append(Markup.px(x + 5)).append(',').append(Markup.px(y1 - 7)).append(' ').append(Markup.px(x))
                .append(',').append(Markup.px(y1)).append("\" fill=\"#333\"/>\n");
    }

    private static String fill(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.contains("reduc") || k.contains("partial") || k.contains("aggregate") || k.contains("combine")) {
            return "#dff0d8";
        }
        if (k.contains("hist")) {
            return "#e8e0f4";
        }
        if (k.contains("elementwise") || k.contains("map") || k.contains("astype")) {
            return "#fde7cf";
        }
        if (k.contains("source") || k.contains("read") || k.equals("io")) {
            return "#dbe9f6";
        }
        return "#eeeeee";
    }
}
