package io.chunkwise.graph;

import io.chunkwise.array.Region;
import io.chunkwise.kernels.TileExec;

/**
 * What a pass does with the values of one fused register, tile by tile: write them into a result,
 * fold them into a reduction, count them into a histogram, or hand them to a sink.
 */
interface Consumer {
    /** The register this consumer reads. */
    int reg();

    /**
     * The longest run of region elements (in C order) this consumer can take as one contiguous
     * piece: a product of the region's trailing sizes, at least the last axis.
     */
    int runLength(Region region);

    /** Starts a task over {@code region}; returns the task's context (may be null). */
    Object begin(Region region);

    /** Takes {@code len} values of a tile whose first element is region element {@code regionOffset}. */
    void accept(Object ctx, TileExec exec, Region region, int regionOffset, int len);

    /** Ends a task (combine partials, hand buffers on). Called only when the task succeeded. */
    void end(Object ctx, Region region, int[] chunkIndex);
}
