package io.chunkwise.graph;

import io.chunkwise.array.Chunks;

import java.util.Arrays;
import java.util.List;

/**
 * The grid a pass walks when every input is an array already in memory. A chunk grid partitions
 * work; it does not have to dictate how memory is walked. A (1000, 1000) chunk of a 20000-wide
 * array is a thousand short strides through memory, and reading it runs at a third of the speed
 * of reading the same bytes front to back. When every leaf is read in place from one C-order buffer
 * of the pass's shape, the pass walks bands of whole rows along axis 0 instead: each task is one
 * contiguous stretch of every leaf, and the result is the same (up to the rounding order of float
 * sums, which stays fixed for a given shape whatever the chunking or the scheduler).
 *
 * <p>Passes that hand out chunks (persist, store) keep the user's grid; they never come here. Nor
 * do generated inputs (random, ranges): they read no memory, so the user's grid costs them nothing.
 * Progress counts the tasks of the grid walked, which is why it speaks of tasks, not chunks.
 */
final class ReadingGrid {
    /**
     * Bytes of input a band aims at (all leaves together): as large as "auto" chunks, since a band
     * costs no memory (it is read in place) and each band of a column reduction adds one partial
     * of a whole row to combine.
     */
    static final long BAND_BYTES = io.chunkwise.array.Chunks.AUTO_TARGET_BYTES;
    /** Bands per pass at least, so every worker has several to balance (when there are rows enough). */
    static final int MIN_BANDS = 16;
    /** Largest row slab (elements after axis 0) for which bands are used: a partial keeps one per element. */
    static final long MAX_ROW_ELEMENTS = 1L << 20;

    private ReadingGrid() {
    }

    /** Bands of rows when every leaf is an in-memory array of {@code grid}'s shape; {@code grid} otherwise. */
    static Chunks choose(Chunks grid, List<Expr.Source> leaves) {
        long[] shape = grid.shape();
        if (leaves.isEmpty() || shape.length == 0 || shape[0] < MIN_BANDS) {
            return grid;
        }
        long itemBytes = 0;
        for (Expr.Source s : leaves) {
            if (!Pass.readInPlace(s, shape)) {
                return grid;
            }
            itemBytes += s.dtype().itemSize();
        }
        long rowElements = 1;
        for (int a = 1; a < shape.length; a++) {
            rowElements *= shape[a];
        }
        if (rowElements == 0 || rowElements > MAX_ROW_ELEMENTS || alreadyBands(grid)) {
            return grid;
        }
        long rows = Math.max(1, BAND_BYTES / (rowElements * itemBytes));
        rows = Math.min(rows, Math.max(1, shape[0] / MIN_BANDS));
        int[] spec = new int[shape.length];
        spec[0] = (int) rows;
        for (int a = 1; a < shape.length; a++) {
            spec[a] = (int) shape[a];
        }
        return Chunks.regular(shape, spec);
    }

    /** True when the grid's chunks already span every axis but the first (each chunk is contiguous). */
    private static boolean alreadyBands(Chunks grid) {
        for (int a = 1; a < grid.ndim(); a++) {
            if (grid.count(a) != 1) {
                return false;
            }
        }
        return true;
    }
}
