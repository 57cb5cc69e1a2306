package io.chunkwise.display;

import io.chunkwise.array.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Draws a {@link Histogram} as a PNG bar chart (XChart, headless) and as an HTML bin table.
 *
 * <p>The chart is one filled step outline over the bin edges, so a thousand bins draw as cleanly as
 * ten, on a numeric x axis whose tick labels XChart spaces for readability. On a logarithmic y axis
 * empty bins sit on the floor of the plot (half a count) instead of breaking the scale.
 */
public final class HistogramChart {
    static {
        Headless.ensure();
    }

    /** Bins shown in full by {@link #table}; more are collapsed in the middle. */
    public static final int TABLE_MAX_BINS = 20;

    private static final Color FILL = new Color(0x4C, 0x78, 0xA8);
    private static final double LOG_FLOOR = 0.5;

    private HistogramChart() {
    }

    /**
     * The histogram as a PNG of exactly {@code widthPx} by {@code heightPx}.
     *
     * @param title the chart title; null for none
     * @param logY a logarithmic count axis (linear when every bin is empty)
     * @throws IllegalArgumentException when the size is below 100 x 80 or above 4000 x 4000
     */
    public static byte[] png(Histogram h, String title, boolean logY, int widthPx, int heightPx) {
        if (widthPx < 100 || heightPx < 80 || widthPx > 4000 || heightPx > 4000) {
            throw new IllegalArgumentException("a histogram chart of " + widthPx + " x " + heightPx + " px is"
                    + " outside the drawable range; use 100..4000 px wide and 80..4000 px high (e.g. 640 x 360)");
        }
        XYChart chart = new XYChartBuilder().width(widthPx).height(heightPx).title(title == null ? "" : title)
                .xAxisTitle("value").yAxisTitle(logY ? "count (log)" : "count").build();
        style(chart, h, logY);
        long max = 0;
        for (long c : h.counts()) {
            max = Math.max(max, c);
        }
        boolean log = logY && max > 0;
        double[][] xy = outline(h, log ? LOG_FLOOR : 0);
        if (log) {
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setYAxisMin(LOG_FLOOR);
            chart.getStyler().setYAxisMax(max * 1.6);
        } else {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(max == 0 ? 1.0 : max * 1.05);
        }
        XYSeries s = chart.addSeries("counts", xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(FILL.darker());
        s.setFillColor(new Color(FILL.getRed(), FILL.getGreen(), FILL.getBlue(), 200));
        s.setLineWidth(1f);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("encoding the histogram chart as PNG failed", e);
        }
    }

    private static void style(XYChart chart, Histogram h, boolean logY) {
        var st = chart.getStyler();
        st.setLegendVisible(false);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
        st.setPlotGridLinesStroke(new BasicStroke(1f));
        st.setPlotGridVerticalLinesVisible(false);
        st.setChartTitleBoxVisible(false);
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setChartPadding(8);
        st.setAntiAlias(true);
        st.setLocale(Locale.ROOT);
        st.setToolTipsEnabled(false);
        st.setPlotContentSize(1.0);
        st.setXAxisTickMarkSpacingHint(90);
        st.setXAxisMin(lo(h));
        st.setXAxisMax(hi(h));
        chart.setCustomXAxisTickLabelsFormatter(HistogramChart::tick);
        if (!logY) {
            chart.setCustomYAxisTickLabelsFormatter(HistogramChart::tick);
        }
    }

    /** A short tick label: grouped integers, three significant digits, scientific from 1e6 and below 1e-3. */
    static String tick(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Formats.number(v);
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-3) {
            String s = String.format(Locale.ROOT, "%.2e", v);
            int e = s.indexOf('e');
            String mant = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
            return mant + "e" + Integer.parseInt(s.substring(e + 1));
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static double lo(Histogram h) {
        double[] e = h.edges();
        return e[0];
    }

    private static double hi(Histogram h) {
        double[] e = h.edges();
        double hi = e[e.length - 1];
        // a histogram of constant data has zero width: widen the axis so that XChart can draw it
        return hi > e[0] ? hi : e[0] + Math.max(1, Math.abs(e[0]) * 1e-3);
    }

    /**
     * The step outline of the bars: up at each lower edge, across, down at the last edge. One extra
     * point lies on the top of the first bar: XChart puts ticks at the data's x values when they are
     * equally spaced (bin edges are), which gives labels like 5,243; the extra point makes it choose
     * round tick values instead, and changes nothing drawn.
     */
    static double[][] outline(Histogram h, double floor) {
        long[] c = h.counts();
        double[] e = h.edges();
        int n = c.length;
        double top = hi(h);
        if (n == 0) {
            return new double[][] {{e[0], e[0] + 0.382 * (top - e[0]), top}, {floor, floor, floor}};
        }
        double[] x = new double[2 * n + 3];
        double[] y = new double[2 * n + 3];
        int k = 0;
        x[k] = e[0];
        y[k++] = floor;
        for (int i = 0; i < n; i++) {
            double v = Math.max(floor, c[i]);
            double right = i == n - 1 ? top : e[i + 1];
            x[k] = e[i];
            y[k++] = v;
            if (i == 0) {
                x[k] = e[0] + 0.382 * (right - e[0]);
                y[k++] = v;
            }
            x[k] = right;
            y[k++] = v;
        }
        x[k] = top;
        y[k] = floor;
        return new double[][] {x, y};
    }

    /**
     * The bins as an HTML table (lo, hi, count) with a total row; with more than {@value #TABLE_MAX_BINS}
     * bins, the first and last ten are shown and a row in between says how many bins are hidden.
     */
    public static String table(Histogram h) {
        long[] c = h.counts();
        double[] e = h.edges();
        int n = c.length;
        String cell = "padding:2px 8px;border:1px solid #ddd;text-align:right;font-variant-numeric:tabular-nums;";
        String head = "padding:2px 8px;border:1px solid #ddd;text-align:right;background:#f7f7f7;";
        StringBuilder out = new StringBuilder(4096);
        out.append("<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:12px\">\n")
                .append("<caption style=\"text-align:left;padding:0 0 4px 0\">Histogram: ")
                .append(Formats.plural(n, "bin")).append(" over [").append(Formats.number(e[0])).append(", ")
                .append(Formats.number(e[e.length - 1])).append("]</caption>\n<thead><tr>");
        for (String t : new String[] {"lo", "hi", "count"}) {
            out.append("<th style=\"").append(head).append("\">").append(t).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int half = TABLE_MAX_BINS / 2;
        for (int i = 0; i < n; i++) {
            if (n > TABLE_MAX_BINS && i == half) {
                int hidden = n - 2 * half;
                long sum = 0;
                for (int j = half; j < n - half; j++) {
                    sum += c[j];
                }
                out.append("<tr><td colspan=\"3\" style=\"").append(cell).append("text-align:center;color:#666\">")
                        .append("\u2026 ").append(Formats.plural(hidden, "more bin")).append(" (")
                        .append(Formats.count(sum)).append(" values) \u2026</td></tr>\n");
                i = n - half - 1;
                continue;
            }
            out.append("<tr><td style=\"").append(cell).append("\">").append(Formats.number(e[i]))
                    .append("</td><td style=\"").append(cell).append("\">").append(Formats.number(e[i + 1]))
                    .append("</td><td style=\"").append(cell).append("\">").append(Formats.count(c[i]))
                    .append("</td></tr>\n");
        }
        out.append("<tr><th colspan=\"2\" style=\"").append(head).append("\">total</th><td style=\"")
                .append(cell).append("font-weight:bold\">").append(Formats.count(h.total())).append("</td></tr>\n");
        return out.append("</tbody></table>").toString();
    }
}
