package io.chunkwise.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chunkwise.kernel.CellParts.CellMagic;
import io.chunkwise.kernel.CellParts.JavaCode;
import io.chunkwise.kernel.CellParts.LineMagic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a cell is split into Java code and magics. */
class CellPartsTest {

    @Test
    void splitsLineMagicsFromTheJavaAroundThem() {
        String cell = "int a = 1;\n  %jars libs/*.jar \"my dir/x.jar\"\na + 1";
        List<CellParts.Part> parts = CellParts.parse(cell);
        assertEquals(3, parts.size(), parts.toString());
        assertEquals(new JavaCode(0, 11), parts.get(0));
        assertEquals(new LineMagic("jars", List.of("libs/*.jar", "my dir/x.jar"), 11), parts.get(1));
        JavaCode tail = (JavaCode) parts.get(2);
        assertEquals("\na + 1", cell.substring(tail.start(), tail.end()));
    }

    @Test
    void percentInsideExpressionsAndTextBlocksIsNotAMagic() {
        assertEquals(List.of(new JavaCode(0, 13)), CellParts.parse("int r = 7 % 3"));
        String block = "String s = \"\"\"\n%notmagic\n\"\"\";";
        assertEquals(List.of(new JavaCode(0, block.length())), CellParts.parse(block));
    }

    @Test
    void firstLineWithTwoPercentSignsMakesACellMagic() {
        assertEquals(List.of(new CellMagic("html", List.of("--x", "1"), "<b>hi</b>\nmore")),
                CellParts.parse("%%html --x 1\n<b>hi</b>\nmore"));
    }

    @Test
    void blankingMagicsKeepsOffsets() {
        String cell = "%classpath a\nStr";
        assertEquals("            \nStr", CellParts.blankMagics(cell));
    }
}
