package io.chunkwise.graph;

import io.chunkwise.array.Region;
import io.chunkwise.kernels.HistogramKernel;
import io.chunkwise.kernels.TileExec;

/** Counts a register's values into per-task bins, summed into the shared counts at task end. */
final class HistogramConsumer implements Consumer {
    private final int reg;
    private final boolean floating;
    private final HistogramKernel kernel;
    private final long[] counts;

    HistogramConsumer(int reg, boolean floating, double[] edges) {
        this.reg = reg;
        this.floating = floating;
        this.kernel = new HistogramKernel(edges);
        this.counts = new long[edges.length - 1];
    }

    @Override
    public int reg() {
        return reg;
    }

    @Override
    public int runLength(Region region) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, region.elements()));
    }

    @Override
    public Object begin(Region region) {
        return new long[kernel.bins()];
    }

    @Override
    public void accept(Object ctx, TileExec exec, Region region, int regionOffset, int len) {
        if (floating) {
            kernel.fold(exec.doubles(reg), len, (long[]) ctx);
        } else {
            kernel.fold(exec.longs(reg), len, (long[]) ctx);
        }
    }

    @Override
    public void end(Object ctx, Region region, int[] chunkIndex) {
        long[] part = (long[]) ctx;
        synchronized (counts) {
            for (int i = 0; i < part.length; i++) {
                counts[i] += part[i];
            }
        }
    }

    long[] counts() {
        synchronized (counts) {
            return counts.clone();
        }
    }
}
