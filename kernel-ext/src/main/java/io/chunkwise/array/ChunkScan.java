package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.graph.InMemorySource;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Job;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One pass over the chunks of a resolved expression (no reductions inside): each task evaluates
 * one chunk with {@link RegionEvaluator} on its worker, in slabs of at most {@value #SLAB}
 * elements so that values stay in cache and no chunk-size buffer is allocated, and hands each slab
 * to a visitor together with that worker's private state. States are created once per worker and
 * returned after the pass for merging, so visitors accumulate without locks. Memory: one slab per
 * running worker plus the states.
 *
 * @param <S> the per-worker state
 */
final class ChunkScan<S> implements Job {
    /** Elements evaluated at once (a slab of a chunk). */
    static final int SLAB = 1 << 15;

    /** What a task does with a run of values: {@code length} values from {@code offset} of {@code buffer}. */
    interface Visitor<S> {
        void visit(Object buffer, int offset, int length, S state);
    }

    private final Expr expr;
    private final Chunks grid;
    private final Supplier<S> newState;
    private final Visitor<S> visitor;
    private final String label;
    private final List<S> states = new ArrayList<>();
    /** A slab buffer per worker for generated inputs, which are written into it instead of a fresh one. */
    private final ThreadLocal<Object> slabBuffer;

    private ChunkScan(Expr expr, Chunks grid, Supplier<S> newState, Visitor<S> visitor, String label) {
        this.expr = expr;
        this.grid = grid;
        this.newState = newState;
        this.visitor = visitor;
        this.label = label;
        this.slabBuffer = ThreadLocal.withInitial(() -> Buffers.allocate(expr.dtype(), SLAB));
    }

    /** Runs the pass on {@code scheduler} and returns every worker's state. */
    static <S> List<S> run(Expr expr, Chunks grid, Supplier<S> newState, Visitor<S> visitor, String label,
                           Scheduler scheduler) {
        ChunkScan<S> scan = new ChunkScan<>(expr, grid, newState, visitor, label);
        scheduler.run(scan);
        synchronized (scan.states) {
            return new ArrayList<>(scan.states);
        }
    }

    @Override
    public long tasks() {
        long size = 1;
        for (long s : grid.shape()) {
            size *= s;
        }
        return size == 0 ? 0 : grid.numChunks();
    }

    @Override
    public long totalBytes() {
        long size = 1;
        for (long s : grid.shape()) {
            size *= s;
        }
        return size * expr.dtype().itemSize();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Object newWorkerState() {
        S s = newState.get();
        synchronized (states) {
            states.add(s);
        }
        return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public long runTask(long i, Object workerState) {
        Region region = grid.region(grid.unravel(i));
        DenseArray inMemory = expr instanceof Expr.Source s && s.source() instanceof InMemorySource m ? m.array() : null;
        GeneratedSource generated = expr instanceof Expr.Source s && s.source() instanceof GeneratedSource g ? g : null;
        for (Region slab : slabs(region, SLAB)) {
            int n = (int) slab.elements();
            long offset = inMemory == null ? -1 : contiguousOffset(slab, inMemory.shape());
            if (offset >= 0) { // read an in-memory array in place, as the engine's passes do
                visitor.visit(inMemory.data(), (int) offset, n, (S) workerState);
            } else if (generated != null && n <= SLAB) { // computed into this worker's slab buffer
                visitor.visit(generated.readInto(slab, slabBuffer.get()), 0, n, (S) workerState);
            } else {
                visitor.visit(RegionEvaluator.evaluate(expr, slab), 0, n, (S) workerState);
            }
        }
        return region.elements() * expr.dtype().itemSize();
    }

    /**
     * A region cut into C-order slabs of at most {@code max} elements (more only when one element
     * row of the last axis is longer): whole trailing axes, a run along the first axis that does
     * not fit whole, single indices before it.
     */
    static List<Region> slabs(Region region, int max) {
        int nd = region.ndim();
        long[] start = region.start();
        int[] size = region.size();
        if (region.elements() <= max || nd == 0) {
            return List.of(region);
        }
        int axis = nd - 1;
        long inner = 1;
        while (axis > 0 && inner * size[axis] <= max) {
            inner *= size[axis];
            axis--;
        }
        if (inner * size[axis] <= max) { // everything fits: only possible when axis == 0
            return List.of(region);
        }
        int run = (int) Math.max(1, max / inner);
        List<Region> out = new ArrayList<>();
        int[] idx = new int[axis];
        while (true) {
            for (int s = 0; s < size[axis]; s += run) {
                long[] st = start.clone();
                int[] sz = size.clone();
                for (int a = 0; a < axis; a++) {
                    st[a] = start[a] + idx[a];
                    sz[a] = 1;
                }
                st[axis] = start[axis] + s;
                sz[axis] = Math.min(run, size[axis] - s);
                out.add(new Region(st, sz));
            }
            int a = axis - 1;
            while (a >= 0 && ++idx[a] >= size[a]) {
                idx[a] = 0;
                a--;
            }
            if (a < 0) {
                return out;
            }
        }
    }

    /** The flat offset of a region that is one contiguous run of a C-order array, else -1. */
    static long contiguousOffset(Region r, long[] shape) {
        int nd = shape.length;
        int a = 0;
        while (a < nd && r.size()[a] == 1) {
            a++;
        }
        for (int b = a + 1; b < nd; b++) {
            if (r.start()[b] != 0 || r.size()[b] != shape[b]) {
                return -1;
            }
        }
        long off = 0;
        for (int b = 0; b < nd; b++) {
            off = off * shape[b] + r.start()[b];
        }
        return off;
    }

    @Override
    public String describeTask(long i) {
        int[] idx = grid.unravel(i);
        return "chunk " + Arrays.toString(idx) + " (region " + grid.region(idx) + ")";
    }
}
