package io.chunkwise.display;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatsTableTest {
    private static final Describe D = new Describe(1_234_567, 89, 1.0 / 3, 2.5, -7, 0.25, 0.5, 0.75, 1.5e12);

    @Test
    void buildsTablesawTableOfTheNineStatistics() {
        Table t = StatsTable.table(D, "x");
        assertEquals("x", t.name());
        assertEquals(List.of("statistic", "value"), t.columnNames());
        assertEquals(9, t.rowCount());
        assertEquals(List.of(StatsTable.STATISTICS), t.stringColumn("statistic").asList());
        assertEquals(1_234_567, t.doubleColumn("value").getDouble(0));
        assertEquals(89, t.doubleColumn("value").getDouble(1));
        assertEquals(1.5e12, t.doubleColumn("value").getDouble(8));
    }

    @Test
    void rendersHtmlRowsWithCountsExactAndNumbersShort() {
        Document d = Xml.parse(StatsTable.html(D, "stats of a & b"));
        assertEquals("stats of a & b", Xml.all(d, "caption").get(0).getTextContent());
        List<Element> rows = Xml.all(d, "tr");
        assertEquals(9, rows.size());
        assertEquals(List.of("count", "1,234,567"), cells(rows.get(0)));
        assertEquals(List.of("NaN count", "89"), cells(rows.get(1)));
        assertEquals(List.of("mean", "0.333333"), cells(rows.get(2)));
        assertEquals(List.of("min", "-7"), cells(rows.get(4)));
        assertEquals(List.of("max", "1.5e+12"), cells(rows.get(8)));
    }

    @Test
    void showsNanStatisticsOfAnAllNanArray() {
        Describe nan = new Describe(0, 10, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
        Document d = Xml.parse(StatsTable.html(nan, null));
        assertEquals(0, Xml.all(d, "caption").size());
        assertEquals(List.of("mean", "nan"), cells(Xml.all(d, "tr").get(2)));
    }

    @Test
    void rejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Describe(-1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("counts must not be negative but got count=-1, nanCount=0", e.getMessage());
    }

    private static List<String> cells(Element tr) {
        List<String> out = new java.util.ArrayList<>();
        for (Element e : Xml.all(tr, "th")) {
            out.add(e.getTextContent());
        }
        for (Element e : Xml.all(tr, "td")) {
            out.add(e.getTextContent());
        }
        return out;
    }
}
