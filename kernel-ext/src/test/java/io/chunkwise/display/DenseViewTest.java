package io.chunkwise.display;

import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DenseViewTest {
    private static List<String> row(Document d, int i) {
        Element tr = Xml.all(d, "tr").get(i);
        List<String> out = new java.util.ArrayList<>();
        for (Element e : Xml.all(tr, "td")) {
            out.add(e.getTextContent());
        }
        return out;
    }

    private static String caption(Document d) {
        return Xml.all(d, "caption").get(0).getTextContent();
    }

    @Test
    void showsSmallMatrixInFull() {
        Document d = Xml.parse(DenseView.html(DenseArray.of(new double[] {1, 0.5, Double.NaN, 1e20, -2, 1.0 / 3}, 2, 3)));
        assertEquals("DenseArray shape=(2, 3) dtype=float64", caption(d));
        assertEquals(3, Xml.all(d, "tr").size(), "a header row and two rows");
        assertEquals(List.of("1", "0.5", "nan"), row(d, 1));
        assertEquals(List.of("1e+20", "-2", "0.333333"), row(d, 2));
    }

    @Test
    void elidesTheMiddleOfLargeMatrix() {
        double[] v = new double[100 * 50];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        Document d = Xml.parse(DenseView.html(DenseArray.of(v, 100, 50)));
        List<Element> rows = Xml.all(d, "tr");
        assertEquals(1 + 21, rows.size(), "header + 10 + ellipsis + 10");
        List<String> first = row(d, 1);
        assertEquals(21, first.size());
        assertEquals("0", first.get(0));
        assertEquals("\u2026", first.get(10));
        assertEquals("49", first.get(20));
        assertTrue(row(d, 11).stream().allMatch("\u2026"::equals), "the ellipsis row");
        assertEquals("4999", row(d, 21).get(20));
        assertEquals("99", Xml.all(rows.get(21), "th").get(0).getTextContent(), "the last row keeps its index");
    }

    @Test
    void spellsIntegersBooleansAndUnsignedLikeNumpy() {
        Document b = Xml.parse(DenseView.html(DenseArray.of(new byte[] {1, 0}, DType.BOOL, 2)));
        assertEquals(List.of("True", "False"), row(b, 1));
        Document u = Xml.parse(DenseView.html(DenseArray.of(new long[] {-1L}, DType.UINT64, 1)));
        assertEquals(List.of("18446744073709551615"), row(u, 1));
        Document s = Xml.parse(DenseView.html(DenseArray.of(new short[] {(short) 65535}, DType.UINT16, 1)));
        assertEquals(List.of("65535"), row(s, 1));
    }

    @Test
    void showsFirstPlaneOfHigherDimensionalArray() {
        Document d = Xml.parse(DenseView.html(DenseArray.of(new double[2 * 3 * 4], 2, 3, 4)));
        assertEquals("DenseArray shape=(2, 3, 4) dtype=float64, showing x[0, :, :]", caption(d));
        assertEquals(4, Xml.all(d, "tr").size());
    }

    @Test
    void showsScalarAndEmptyArrays() {
        Document s = Xml.parse(DenseView.html(DenseArray.scalar(2.5)));
        assertEquals("DenseArray shape=() dtype=float64", caption(s));
        assertEquals(List.of("2.5"), row(s, 0));
        Document e = Xml.parse(DenseView.html(DenseArray.of(new double[0], 0, 3)));
        assertEquals("DenseArray shape=(0, 3) dtype=float64 (empty)", caption(e));
    }
}
