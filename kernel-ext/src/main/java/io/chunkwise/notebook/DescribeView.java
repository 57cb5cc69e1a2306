package io.chunkwise.notebook;

import io.chunkwise.display.Formats;
import io.chunkwise.display.StatsTable;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Locale;
import java.util.Set;

/**
 * The statistics of {@code %describe} as a bundle drawn from {@link StatsTable}'s Tablesaw table, with
 * approximate quartiles marked {@code ≈} and a note on how approximate they are.
 */
final class DescribeView {
    static final String APPROX = "\u2248";
    private static final Set<String> QUARTILES = Set.of("25%", "50%", "75%");

    private DescribeView() {
    }

    /** The bundle for {@code r}, captioned with {@code title}. */
    static DisplayData of(DescribeStats.Result r, String title) {
        Table t = StatsTable.table(r.stats(), title);
        StringColumn names = t.stringColumn("statistic");
        DoubleColumn values = t.doubleColumn("value");
        String cell = "padding:2px 10px;border:1px solid #ddd;";
        StringBuilder html = new StringBuilder(2048);
        StringBuilder text = new StringBuilder(title);
        html.append("<div><table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\">\n")
                .append("<caption style=\"text-align:left;padding:0 0 4px 0;font-weight:bold\">")
                .append(Html.escape(title)).append("</caption>\n<tbody>\n");
        for (int i = 0; i < t.rowCount(); i++) {
            String name = names.get(i);
            double v = values.getDouble(i);
            String shown = name.endsWith("count") ? Formats.count((long) v) : Formats.number(v);
            if (r.approximate() && QUARTILES.contains(name) && !Double.isNaN(v)) {
                shown = APPROX + " " + shown;
            }
            text.append('\n').append(String.format(Locale.ROOT, "%-10s %s", name, shown));
            html.append("<tr><th style=\"").append(cell).append("text-align:left;background:#f7f7f7\">")
                    .append(Html.escape(name)).append("</th><td style=\"").append(cell)
                    .append("text-align:right;font-variant-numeric:tabular-nums\">").append(Html.escape(shown))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>");
        String note = note(r);
        text.append('\n').append(note);
        html.append(Html.note(note)).append("</div>");
        DisplayData d = new DisplayData(text.toString());
        d.putHTML(html.toString());
        return d;
    }

    private static String note(DescribeStats.Result r) {
        String std = "std with ddof=1 (as pandas); NaN values are skipped and counted.";
        if (r.approximate()) {
            return std + " " + APPROX + " quartiles are interpolated from a histogram of " + Formats.count(DescribeStats.BINS)
                    + " bins over [min, max], accurate to one bin width (" + Formats.number(r.binWidth())
                    + ").";
        }
        return std;
    }
}
