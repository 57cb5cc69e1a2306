package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.kernels.TileExec;

/** Writes a register's tiles straight into the preallocated result buffer (no chunk copies). */
final class MaterializeConsumer implements Consumer {
    private final int reg;
    private final DType dtype;
    private final Object result;
    private final long[] shape;
    private final long[] strides;

    MaterializeConsumer(int reg, DType dtype, Object result, long[] shape) {
        this.reg = reg;
        this.dtype = dtype;
        this.result = result;
        this.shape = shape;
        this.strides = Buffers.strides(shape);
    }

    @Override
    public int reg() {
        return reg;
    }

    @Override
    public int runLength(Region region) {
        return RunMath.contiguousRun(region, shape);
    }

    @Override
    public Object begin(Region region) {
        return new long[] {-1, -1, runLength(region)};
    }

    @Override
    public void accept(Object ctx, TileExec exec, Region region, int regionOffset, int len) {
        long[] c = (long[]) ctx; // {start of the current run, its offset in the result, run length}
        long run = c[2];
        long runStart = (long) regionOffset / run * run;
        if (c[0] != runStart) {
            c[0] = runStart;
            c[1] = RunMath.flatOffset(region, strides, runStart);
        }
        int dst = (int) (c[1] + (regionOffset - runStart));
        TileStores.store(exec, reg, dtype, result, dst, len);
    }

    @Override
    public void end(Object ctx, Region region, int[] chunkIndex) {
    }
}
