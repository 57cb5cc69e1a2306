package io.chunkwise.kernel;

import io.github.spencerpark.jupyter.kernel.magic.LineMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into Java code and magics, in order.
 *
 * <p>A line whose first non-blank character is {@code %} followed by a word character is a line magic
 * ({@code %jars libs/*.jar}); arguments are split on blanks, with double quotes grouping. A cell whose
 * first line starts with {@code %%name} is a cell magic: the rest of the cell is its body. Lines inside
 * a Java text block are never magics.
 */
final class CellParts {
    /** One part of a cell. */
    sealed interface Part permits JavaCode, LineMagic, CellMagic {
    }

    /** Java source in {@code [start, end)} of the cell. */
    record JavaCode(int start, int end) implements Part {
    }

    /** A line magic starting at character {@code start} of the cell. */
    record LineMagic(String name, List<String> args, int start) implements Part {
    }

    /** A cell magic: its name and arguments from the first line, and the rest of the cell. */
    record CellMagic(String name, List<String> args, String body) implements Part {
    }

    private static final MagicParser LINE_MAGICS = new MagicParser("^[ \\t]*%", "%%");
    private static final MagicParser CELL_MAGIC_LINE = new MagicParser("^%%", "%%");

    private CellParts() {
    }

    /** The parts of {@code cell}, in order; blank code between magics is dropped. */
    static List<Part> parse(String cell) {
        String trimmed = cell.stripLeading();
        if (trimmed.startsWith("%%")) {
            int nl = trimmed.indexOf('\n');
            String first = nl < 0 ? trimmed : trimmed.substring(0, nl);
            String body = nl < 0 ? "" : trimmed.substring(nl + 1);
            List<LineMagicArgs> calls = new ArrayList<>();
            CELL_MAGIC_LINE.transformLineMagics(first.strip(), ctx -> {
                calls.add(ctx.getMagicCall());
                return "";
            });
            if (!calls.isEmpty()) {
                return List.of(new CellMagic(calls.get(0).getName(), calls.get(0).getArgs(), body));
            }
        }
        List<Part> parts = new ArrayList<>();
        int[] codeStart = {0};
        LINE_MAGICS.transformLineMagics(cell, ctx -> {
            int start = ctx.getRawContextPrefix().length();
            if (insideTextBlock(ctx.getRawContextPrefix())) {
                return java.util.regex.Matcher.quoteReplacement(ctx.getRaw());
            }
            addCode(parts, cell, codeStart[0], start);
            LineMagicArgs call = ctx.getMagicCall();
            parts.add(new LineMagic(call.getName(), List.copyOf(call.getArgs()), start));
            codeStart[0] = start + ctx.getRaw().length();
            return "";
        });
        addCode(parts, cell, codeStart[0], cell.length());
        return parts;
    }

    /** The cell with every line magic blanked out (same length), for completion and is-complete checks. */
    static String blankMagics(String cell) {
        StringBuilder out = new StringBuilder(cell);
        for (Part p : parse(cell)) {
            if (p instanceof LineMagic m) {
                for (int i = m.start(); i < out.length() && out.charAt(i) != '\n'; i++) {
                    out.setCharAt(i, ' ');
                }
            } else if (p instanceof CellMagic) {
                return " ".repeat(cell.length());
            }
        }
        return out.toString();
    }

    private static void addCode(List<Part> parts, String cell, int start, int end) {
        if (end > start && !cell.substring(start, end).isBlank()) {
            parts.add(new JavaCode(start, end));
        }
    }

    private static boolean insideTextBlock(String prefix) {
        int count = 0;
        for (int i = prefix.indexOf("\"\"\""); i >= 0; i = prefix.indexOf("\"\"\"", i + 3)) {
            count++;
        }
        return count % 2 == 1;
    }
}
