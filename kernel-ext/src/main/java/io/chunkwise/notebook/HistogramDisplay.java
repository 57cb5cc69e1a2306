package io.chunkwise.notebook;

import io.chunkwise.array.Histogram;
import io.chunkwise.display.HistogramChart;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * A computed histogram as a MIME bundle: {@code image/png} (the XChart bar chart), {@code text/html} (the
 * same chart inline above the bin table, since notebooks show HTML in preference to PNG) and
 * {@code text/plain}.
 */
final class HistogramDisplay {
    static final int WIDTH_PX = 640;
    static final int HEIGHT_PX = 360;

    private HistogramDisplay() {
    }

    /** The bundle for {@code h}, titled {@code title} (null for none), with a log count axis if asked. */
    static DisplayData of(Histogram h, String title, boolean logY) {
        String png = Html.base64(HistogramChart.png(h, title, logY, WIDTH_PX, HEIGHT_PX));
        DisplayData d = new DisplayData(h.toString());
        d.putData(MIMEType.IMAGE_PNG, png);
        d.putHTML("<div>" + Html.img(png, "histogram" + (title == null ? "" : " of " + title))
                + "<div style=\"margin-top:6px\">" + HistogramChart.table(h) + "</div></div>");
        return d;
    }
}
