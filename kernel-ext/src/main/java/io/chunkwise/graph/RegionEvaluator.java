package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Region;
import io.chunkwise.kernels.TileExec;
import io.chunkwise.kernels.TileProgram;
import io.chunkwise.schedule.Cancellation;

/**
 * Evaluates a resolved expression (one without reductions) over one region, on the calling thread:
 * the building block of {@link DerivedSource}s. Elementwise trees fuse into one tile program, as
 * in a pass; sources are read for the region only.
 */
public final class RegionEvaluator {
    private RegionEvaluator() {
    }

    /** The values of {@code e} in {@code region}, as a fresh C-order buffer of {@code e}'s storage type. */
    public static Object evaluate(Expr e, Region region) {
        if (e instanceof Expr.Source s) {
            return s.source().read(region);
        }
        Lowering low = new Lowering();
        int reg = low.reg(e);
        Object[] leaves = new Object[low.leaves.size()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = Pass.Broadcasts.read(low.leaves.get(i), region);
        }
        int n = (int) region.elements();
        Object out = Buffers.allocate(e.dtype(), n);
        TileExec exec = low.program.newExec();
        long[] offsets = new long[leaves.length];
        for (int t = 0; t < n; t += TileProgram.TILE) {
            int m = Math.min(TileProgram.TILE, n - t);
            java.util.Arrays.fill(offsets, t);
            exec.run(leaves, offsets, m);
            TileStores.store(exec, reg, e.dtype(), out, t, m);
            Cancellation.check();
        }
        return out;
    }
}
