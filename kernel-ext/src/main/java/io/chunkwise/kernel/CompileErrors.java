package io.chunkwise.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jshell.Diag;

/**
 * Turns JShell diagnostics into a {@link CompilationException} that points at the cell line with a
 * caret, the way javac prints errors, without any stack trace.
 */
final class CompileErrors {
    private CompileErrors() {
    }

    /**
     * The exception for the error diagnostics of a snippet that starts at character {@code offset} of
     * {@code cell}; diagnostics positions are relative to the snippet.
     */
    static CompilationException of(List<Diag> diagnostics, CellText cell, int offset) {
        List<String> report = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String first = null;
        for (Diag d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            int start = offset + (int) pick(d.getStartPosition(), d.getPosition());
            int end = offset + (int) pick(d.getEndPosition(), d.getPosition() + 1);
            String message = d.getMessage(Locale.ROOT);
            if (!seen.add(start + ":" + message)) {
                continue;
            }
            int line = cell.lineOf(start);
            String[] parts = message.split("\\R");
            if (first == null) {
                first = parts[0] + " (line " + line + ")";
            }
            report.add(Ansi.red("Compile error") + " in " + cell.label() + ", line " + line + ": " + parts[0]);
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isBlank() && !parts[i].strip().equals("location: class")) {
                    report.add("  " + parts[i].strip());
                }
            }
            report.addAll(pointer(cell, start, end));
        }
        if (first == null) {
            first = "the code could not be compiled";
            report.add(Ansi.red("Compile error") + " in " + cell.label() + ": " + first);
        }
        return new CompilationException(first, report);
    }

    /** The source line holding {@code start} and a caret line under {@code start..end}. */
    static List<String> pointer(CellText cell, int start, int end) {
        String text = cell.lineTextAt(start);
        int column = start - cell.lineStart(start);
        int width = Math.max(1, Math.min(end, cell.lineStart(start) + text.length()) - start);
        StringBuilder caret = new StringBuilder("    ");
        for (int i = 0; i < column && i < text.length(); i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append("^".repeat(width));
        return List.of("    " + text, caret.toString());
    }

    private static long pick(long value, long fallback) {
        return value == Diag.NOPOS ? Math.max(fallback, 0) : value;
    }
}
