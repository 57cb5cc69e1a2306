package io.chunkwise.display;

import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArraySummaryTest {
    private static final String OVERFLOW = "uint16 x*x*x can overflow: results above 65535 wrap around; "
            + "use x.astype(FLOAT32) first";

    private static ArrayInfo cube() {
        Chunks c = Chunks.regular(new long[] {20000, 20000}, new int[] {1000, 1000});
        return new ArrayInfo("mul", c.shape(), c, DType.FLOAT64, 20000L * 20000 * 8, 400, 3, List.of(), null);
    }

    /** Row header → cell texts of the summary table. */
    private static Map<String, List<String>> rows(Document d) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element tr : Xml.all(d, "tr")) {
            List<Element> th = Xml.all(tr, "th");
            List<Element> td = Xml.all(tr, "td");
            if (th.size() == 1 && !td.isEmpty() && Xml.all(tr, "table").isEmpty()) {
                rows.put(th.get(0).getTextContent().trim(), td.stream().map(e -> e.getTextContent().trim()).toList());
            }
        }
        return rows;
    }

    @Test
    void showsDaskLikeRowsWithArrayAndChunkColumns() {
        Document d = Xml.parse(ArraySummary.html(cube()));
        Map<String, List<String>> rows = rows(d);
        assertEquals(List.of("Bytes", "Shape", "Count", "Tasks", "Data type"), List.copyOf(rows.keySet()));
        assertEquals(List.of("2.98 GiB", "7.63 MiB"), rows.get("Bytes"));
        assertEquals(List.of("(20000, 20000)", "(1000, 1000)"), rows.get("Shape"));
        assertEquals(List.of("400 chunks (20 \u00d7 20)"), rows.get("Count"));
        assertEquals(List.of("400 tasks after fusion, 3 graph layers"), rows.get("Tasks"));
        assertEquals(List.of("float64"), rows.get("Data type"));
        assertEquals(1, Xml.all(d, "svg").size(), "the chunk grid sits beside the table");
        assertEquals(21 * 2, Xml.all(d, "line").size());
    }

    @Test
    void saysOneChunkInTheSingular() {
        Chunks c = Chunks.regular(new long[] {5}, new int[] {5});
        ArrayInfo info = new ArrayInfo("sum", c.shape(), c, DType.FLOAT64, 40, 1, 1, null, null);
        Map<String, List<String>> rows = rows(Xml.parse(ArraySummary.html(info)));
        assertEquals(List.of("1 chunk"), rows.get("Count"));
        assertEquals(List.of("1 task after fusion, 1 graph layer"), rows.get("Tasks"));
    }

    @Test
    void showsChunkColumnAsLargestChunkOfIrregularGrid() {
        Chunks c = Chunks.ofLengths(new long[] {10, 100}, new int[][] {{4, 6}, {10, 30, 60}});
        Map<String, List<String>> rows = rows(Xml.parse(ArraySummary.html(ArrayInfo.of("rechunk", c, DType.UINT16))));
        assertEquals(List.of("(10, 100)", "(6, 60) largest"), rows.get("Shape"));
        assertEquals(List.of("1.95 kiB", "720 B"), rows.get("Bytes"));
    }

    @Test
    void showsWarningsAndSourceAsVisibleNotes() {
        ArrayInfo info = cube().withWarnings(List.of(OVERFLOW, "a & b <c>")).withSource("GeoTIFF scene.tif band 1");
        Document d = Xml.parse(ArraySummary.html(info));
        List<String> notes = Xml.all(d, "div").stream().map(e -> e.getTextContent().trim()).toList();
        assertTrue(notes.contains("Warning: " + OVERFLOW), notes.toString());
        assertTrue(notes.contains("Warning: a & b <c>"), "warnings are escaped, not dropped: " + notes);
        assertTrue(notes.contains("Source: GeoTIFF scene.tif band 1"), notes.toString());
        Element warning = Xml.all(d, "div").get(0);
        assertEquals("note", warning.getAttribute("role"));
        assertTrue(warning.getAttribute("style").contains("background"), "a warning stands out");
    }

    @Test
    void usesOnlyInlineStyles() {
        String html = ArraySummary.html(cube().withWarnings(List.of(OVERFLOW)));
        assertFalse(html.contains("<style"), "no style sheet");
        assertFalse(html.contains("class=\""), "no classes that need a style sheet");
        assertFalse(html.contains("&nbsp;"), "numeric entities only");
    }

    @Test
    void summarisesZeroDimensionalAndEmptyArrays() {
        Chunks scalar = Chunks.regular(new long[0], new int[0]);
        Map<String, List<String>> rows = rows(Xml.parse(ArraySummary.html(ArrayInfo.of("sum", scalar, DType.FLOAT64))));
        assertEquals(List.of("()", "()"), rows.get("Shape"));
        assertEquals(List.of("8 B", "8 B"), rows.get("Bytes"));
        Chunks empty = Chunks.regular(new long[] {0, 5}, new int[] {2, 2});
        Document d = Xml.parse(ArraySummary.html(ArrayInfo.of("zeros", empty, DType.INT32)));
        assertEquals(List.of("0 B", "0 B"), rows(d).get("Bytes"));
        assertTrue(d.getDocumentElement().getTextContent().contains("Empty array: length 0 along axis 0."));
    }

    @Test
    void rendersTextFallbackLikeDask() {
        assertEquals("ChunkedArray<mul, shape=(20000, 20000), dtype=float64, chunksize=(1000, 1000), chunks=400>",
                ArraySummary.text(cube()));
        String withNotes = ArraySummary.text(cube().withWarnings(List.of(OVERFLOW)).withSource("scene.tif"));
        assertEquals(List.of("ChunkedArray<mul, shape=(20000, 20000), dtype=float64, chunksize=(1000, 1000), chunks=400>",
                "Warning: " + OVERFLOW, "Source: scene.tif"), withNotes.lines().toList());
    }

    @Test
    void rejectsInfoWhoseShapeIsNotTheGrids() {
        Chunks c = Chunks.regular(new long[] {10}, new int[] {5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArrayInfo("x", new long[] {11}, c, DType.INT8, 11, 2, 1, null, null));
        assertEquals("ArrayInfo shape (11,) does not match the chunk grid's shape (10,); pass the chunks of this array",
                e.getMessage());
    }

    @Test
    void writesRenderedExamplesForPeopleToLookAt() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "display-examples");
        java.nio.file.Files.createDirectories(dir);
        Chunks c3 = Chunks.regular(new long[] {100, 2000, 3000}, new int[] {50, 500, 500});
        String page = "<html><body>\n" + ArraySummary.html(cube().withWarnings(List.of(OVERFLOW))
                .withSource("GeoTIFF scene.tif band 1")) + "\n<hr/>\n"
                + ArraySummary.html(ArrayInfo.of("random", c3, DType.FLOAT32)) + "\n</body></html>\n";
        java.nio.file.Files.writeString(dir.resolve("array-summary.html"), page);
        Xml.parse(page);
    }
}
