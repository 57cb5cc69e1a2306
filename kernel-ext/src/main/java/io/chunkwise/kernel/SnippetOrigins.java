package io.chunkwise.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which cell, and where in it, every JShell snippet came from, so stack frames of snippet
 * code can be shown as cell lines.
 */
final class SnippetOrigins {
    /** Where a snippet starts: in {@code cell}, at character {@code offset}. */
    record Origin(CellText cell, int offset) {
        /** The cell line of line {@code snippetLine} (1-based) of the snippet. */
        int cellLine(int snippetLine) {
            return cell.lineOf(offset) + Math.max(snippetLine, 1) - 1;
        }
    }

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();

    void record(String snippetId, CellText cell, int offset) {
        byId.put(snippetId, new Origin(cell, offset));
    }

    /** The origin of the snippet with JShell id {@code snippetId}, or null if unknown. */
    Origin find(String snippetId) {
        return byId.get(snippetId);
    }
}
