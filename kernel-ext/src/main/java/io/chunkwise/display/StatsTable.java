package io.chunkwise.display;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Describe-style statistics as a Tablesaw {@link Table} (columns {@code statistic}, {@code value}) and
 * as an HTML table rendered from that table's columns.
 */
public final class StatsTable {
    /** Row names, in order. */
    public static final String[] STATISTICS = {"count", "NaN count", "mean", "std", "min", "25%", "50%", "75%",
        "max"};

    static {
        // Tablesaw logs through SLF4J; without a provider SLF4J prints a three-line warning into the
        // notebook cell. Chunkwise has nothing to log there, so choose SLF4J's own no-op provider
        // unless the application configured one.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
    }

    private StatsTable() {
    }

    /** A two-column table, one row per statistic; counts are exact up to 2^53. */
    public static Table table(Describe d, String title) {
        double[] values = {d.count(), d.nanCount(), d.mean(), d.std(), d.min(), d.q25(), d.q50(), d.q75(), d.max()};
        return Table.create(title == null || title.isBlank() ? "describe" : title,
                StringColumn.create("statistic", STATISTICS), DoubleColumn.create("value", values));
    }

    /** As {@link #table(Describe, String)} titled "describe". */
    public static Table table(Describe d) {
        return table(d, null);
    }

    /** The statistics as an HTML table with {@code title} as its caption (none when null). */
    public static String html(Describe d, String title) {
        Table t = table(d, title);
        StringColumn names = t.stringColumn("statistic");
        DoubleColumn values = t.doubleColumn("value");
        String cell = "padding:2px 10px;border:1px solid #ddd;";
        StringBuilder out = new StringBuilder(2048);
        out.append("<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\">\n");
        if (title != null && !title.isBlank()) {
            out.append("<caption style=\"text-align:left;padding:0 0 4px 0;font-weight:bold\">")
                    .append(Markup.escape(title)).append("</caption>\n");
        }
        out.append("<tbody>\n");
        for (int r = 0; r < t.rowCount(); r++) {
            String name = names.get(r);
            double v = values.getDouble(r);
            String text = name.endsWith("count") ? Formats.count((long) v) : Formats.number(v);
            out.append("<tr><th style=\"").append(cell).append("text-align:left;background:#f7f7f7\">")
                    .append(Markup.escape(name)).append("</th><td style=\"").append(cell)
                    .append("text-align:right;font-variant-numeric:tabular-nums\">").append(Markup.escape(text))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table>").toString();
    }
}
