package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Scheduler;

import java.util.Arrays;
import java.util.List;

/**
 * The counting pass behind {@link ChunkedArray#compress}: the number of true values of a BOOL
 * expression in every chunk of a grid, one task per chunk, run on the default scheduler. As a
 * source its element {@code idx} (a chunk's grid index) is that chunk's count.
 */
final class ChunkCounts implements DerivedSource {
    private final Expr mask;
    private final Chunks grid;

    private ChunkCounts(Expr mask, Chunks grid) {
        this.mask = mask;
        this.grid = grid;
    }

    /** True values of {@code mask} per chunk of {@code grid}, in C order of the chunk grid. */
    static long[] count(Expr mask, Chunks grid) {
        ChunkCounts src = new ChunkCounts(mask, grid);
        int[] ones = new int[grid.ndim()];
        Arrays.fill(ones, 1);
        ChunkedArray counts = new ChunkedArray(new Expr.Source(src, src.name()), Chunks.regular(src.shape(), ones));
        return (long[]) counts.compute(Scheduler.defaultScheduler()).data();
    }

    @Override
    public long[] shape() {
        int[] g = grid.grid();
        long[] s = new long[g.length];
        for (int a = 0; a < s.length; a++) {
            s[a] = g[a];
        }
        return s;
    }

    @Override
    public DType dtype() {
        return DType.INT64;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(mask);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new ChunkCounts(inputs.get(0), grid);
    }

    @Override
    public String name() {
        return "count_true";
    }

    @Override
    public Object read(Region region) {
        int nd = region.ndim();
        long[] out = new long[(int) region.elements()];
        int[] idx = new int[nd];
        for (int k = 0; k < out.length; k++) {
            int[] chunk = new int[nd];
            for (int a = 0; a < nd; a++) {
                chunk[a] = (int) region.start()[a] + idx[a];
            }
            byte[] m = (byte[]) RegionEvaluator.evaluate(mask, grid.region(chunk));
            long c = 0;
            for (byte b : m) {
                c += b != 0 ? 1 : 0;
            }
            out[k] = c;
            for (int a = nd - 1; a >= 0; a--) {
                if (++idx[a] < region.size()[a]) {
                    break;
                }
                idx[a] = 0;
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "true values per chunk of " + mask.name();
    }
}
