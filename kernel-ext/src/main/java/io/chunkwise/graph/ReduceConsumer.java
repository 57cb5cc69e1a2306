package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.kernels.Partial;
import io.chunkwise.kernels.ReduceOp;
import io.chunkwise.kernels.TileExec;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds a register into per-task partials over the kept axes, combines the partials of each output
 * block in an {@link OrderedTreeCombiner}, and writes each finished block into the result buffer.
 */
final class ReduceConsumer implements Consumer {
    private final Expr.Reduce expr;
    private final int reg;
    /** The registers of the factors of a float64 product whose sum is folded as it is made; or null. */
    private final int[] factors;
    private final DType accType;
    private final boolean[] reduced;
    private final boolean all;
    private final boolean arg;
    private final long[] inStrides;
    private final long[] outStrides; // per input axis; 0 for reduced axes
    private final int[] gridCounts;
    private final long perBlock;
    private final Object result;
    private final ConcurrentHashMap<Long, OrderedTreeCombiner> blocks = new ConcurrentHashMap<>();
    /** Partials already combined into others, ready for the next task (bounded by the tree's depth). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Partial> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * A reduction of register {@code reg}, or, when {@code factors} is not null, a sum or mean of
     * the products of those registers (left to right), folded without a tile of the products.
     */
    ReduceConsumer(Expr.Reduce expr, int reg, int[] factors, DType accType, Chunks grid, Object result) {
        this.expr = expr;
        this.reg = reg;
        this.factors = factors == null ? null : factors.clone();
        this.accType = accType;
        long[] in = grid.shape();
        int nd = in.length;
        this.reduced = new boolean[nd];
        for (int a : expr.axes()) {
            reduced[a] = true;
        }
        boolean allReduced = true;
        for (boolean r : reduced) {
            allReduced &= r;
        }
        this.all = allReduced;
        this.arg = expr.op() == ReduceOp.ARGMIN || expr.op() == ReduceOp.ARGMAX;
        this.inStrides = Buffers.strides(in);
        this.outStrides = new long[nd];
        long acc = 1;
        for (int a = nd - 1; a >= 0; a--) {
            if (!reduced[a]) {
                outStrides[a] = acc;
                acc *= in[a];
            }
        }
        this.gridCounts = grid.grid();
        long pb = 1;
        for (int a = 0; a < nd; a++) {
            if (reduced[a]) {
                pb *= gridCounts[a];
            }
        }
        this.perBlock = pb;
        this.result = result;
    }

    @Override
    public int reg() {
        return reg;
    }

    @Override
    public int runLength(Region region) {
        if (all) {
            return arg ? RunMath.contiguousRun(region, expr.input().shape())
                    : (int) Math.min(Integer.MAX_VALUE, Math.max(1, region.elements()));
        }
        return Math.max(1, region.size()[region.ndim() - 1]);
    }

    @Override
    public Object begin(Region region) {
        long kept = 1;
        for (int a = 0; a < region.ndim(); a++) {
            if (!reduced[a]) {
                kept *= region.size()[a];
            }
        }
        Partial p = spare.poll();
        if (p != null && p.elements() == kept) {
            p.reset();
        } else {
            p = new Partial(expr.op(), accType, (int) kept);
        }
        return new TaskState(p);
    }

    /** One task's partial, and where its row walk is (rows advance in order, so no division per row). */
    private static final class TaskState {
        final Partial partial;
        int rowStart = -1;
        int e;
        int[] m;

        TaskState(Partial partial) {
            this.partial = partial;
        }

        private double[][] tiles;

        /** The factor registers' tiles of this worker's executor (the same arrays for every tile). */
        double[][] tiles(TileExec exec, int[] factors) {
            if (tiles == null) {
                tiles = new double[factors.length][];
                for (int k = 0; k < factors.length; k++) {
                    tiles[k] = exec.doubles(factors[k]);
                }
            }
            return tiles;
        }
    }

    @Override
    public void accept(Object ctx, TileExec exec, Region region, int off, int len) {
        TaskState st = (TaskState) ctx;
        Partial p = st.partial;
        boolean f = accType.isFloat();
        if (all) {
            long index0 = arg ? RunMath.flatOffset(region, inStrides, off) : 0;
            if (factors != null) {
                p.foldRowProducts(st.tiles(exec, factors), factors.length, len, 0);
            } else if (f) {
                p.foldRow(exec.doubles(reg), 0, len, 0, index0);
            } else {
                p.foldRow(exec.longs(reg), 0, len, 0, index0);
            }
            return;
        }
        int nd = region.ndim();
        int row = region.size()[nd - 1];
        int rowStart = off / row * row;
        if (st.rowStart != rowStart) {
            if (st.m != null && rowStart == st.rowStart + row) {
                for (int a = nd - 2; a >= 0; a--) {
                    if (++st.m[a] < region.size()[a]) {
                        break;
                    }
                    st.m[a] = 0;
                }
            } else {
                st.m = RunMath.unravel(region, rowStart);
            }
            st.rowStart = rowStart;
            int e = 0;
            for (int a = 0; a < nd; a++) {
                if (!reduced[a]) {
                    e = e * region.size()[a] + st.m[a];
                }
            }
            st.e = e;
        }
        int[] m = st.m;
        int e = st.e;
        if (!reduced[nd - 1]) {
            long index = arg ? region.start()[expr.axes()[0]] + m[expr.axes()[0]] : 0;
            if (factors != null) {
                p.foldColumnsProducts(st.tiles(exec, factors), factors.length, len, e + (off - rowStart));
            } else if (f) {
                p.foldColumns(exec.doubles(reg), 0, len, e + (off - rowStart), index);
            } else {
                p.foldColumns(exec.longs(reg), 0, len, e + (off - rowStart), index);
            }
        } else {
            long index0 = region.start()[nd - 1] + (off - rowStart);
            if (factors != null) {
                p.foldRowProducts(st.tiles(exec, factors), factors.length, len, e);
            } else if (f) {
                p.foldRow(exec.doubles(reg), 0, len, e, index0);
            } else {
                p.foldRow(exec.longs(reg), 0, len, e, index0);
            }
        }
    }

    /**
     * True when this reduction keeps only the last axis and folds float sums or means without
     * skipping NaN: then a pass may hand it whole rows of an in-memory FLOAT64 input through
     * {@link #acceptRows}, several at a time, instead of tiles.
     */
    boolean foldsRows() {
        int nd = reduced.length;
        if (factors != null || all || nd == 0 || reduced[nd - 1] || !Partial.countsColumns(expr.op(), accType)) {
            return false;
        }
        for (int a = 0; a < nd - 1; a++) {
            if (!reduced[a]) {
                return false;
            }
        }
        return true;
    }

    /** Folds {@code k <= 4} whole region rows of {@code src} starting at the given flat offsets (see {@link #foldsRows}). */
    void acceptRows(Object ctx, double[] src, long[] offsets, int k, int w) {
        ((TaskState) ctx).partial.foldRows(src, offsets, k, w);
    }

    @Override
    public void end(Object ctx, Region region, int[] idx) {
        long key = 0;
        long pos = 0;
        for (int a = 0; a < idx.length; a++) {
            if (reduced[a]) {
                pos = pos * gridCounts[a] + idx[a];
            } else {
                key = key * gridCounts[a] + idx[a];
            }
        }
        Partial p = ((TaskState) ctx).partial;
        if (!all && !reduced[region.ndim() - 1] && p.countsColumns() && p.elements() > 0) {
            p.countEach(region.elements() / p.elements()); // each kept element got one value per reduced position
        }
        OrderedTreeCombiner c = blocks.computeIfAbsent(key, k -> new OrderedTreeCombiner(perBlock, spare::offer));
        Partial done = c.offer(pos, p);
        if (done != null) {
            blocks.remove(key);
            done.finish(result, expr.dtype(), positions(region, done.elements()), expr.ddof());
        }
    }

    private int[] positions(Region region, int elements) {
        int nd = region.ndim();
        int[] pos = new int[elements];
        int[] m = new int[nd];
        for (int e = 0; e < elements; e++) {
            long p = 0;
            for (int a = 0; a < nd; a++) {
                if (!reduced[a]) {
                    p += (region.start()[a] + m[a]) * outStrides[a];
                }
            }
            pos[e] = (int) p;
            for (int a = nd - 1; a >= 0; a--) {
                if (reduced[a]) {
                    continue;
                }
                if (++m[a] < region.size()[a]) {
                    break;
                }
                m[a] = 0;
            }
        }
        return pos;
    }
}
