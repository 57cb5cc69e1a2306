package io.chunkwise.notebook;

import io.chunkwise.display.Describe;
import io.chunkwise.display.Formats;
import io.chunkwise.display.StatsTable;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Locale;

/**
 * The statistics of {@code %describe} as a bundle: {@link StatsTable}'s Tablesaw table as HTML, the same
 * table as text, and a note on how they were computed.
 */
final class DescribeView {
    static final String NOTE = "std with ddof=1 (as pandas); NaN values are skipped and counted; quartiles are"
            + " exact (NumPy's linear method).";

    private DescribeView() {
    }

    /** The bundle for {@code d}, captioned with {@code title}. */
    static DisplayData of(Describe d, String title) {
        Table t = StatsTable.table(d, title);
        StringColumn names = t.stringColumn("statistic");
        DoubleColumn values = t.doubleColumn("value");
        StringBuilder text = new StringBuilder(title);
        for (int i = 0; i < t.rowCount(); i++) {
            String name = names.get(i);
            double v = values.getDouble(i);
            text.append('\n').append(String.format(Locale.ROOT, "%-10s %s", name,
                    name.endsWith("count") ? Formats.count((long) v) : Formats.number(v)));
        }
        text.append('\n').append(NOTE);
        DisplayData out = new DisplayData(text.toString());
        out.putHTML("<div>" + StatsTable.html(d, title) + Html.note(NOTE) + "</div>");
        return out;
    }
}
