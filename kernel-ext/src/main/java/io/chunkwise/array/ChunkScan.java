package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Job;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One pass over the chunks of a resolved expression (no reductions inside): each task evaluates
 * one chunk with {@link RegionEvaluator} on its worker and hands the values to a visitor together
 * with that worker's private state. States are created once per worker and returned after the
 * pass for merging, so visitors accumulate without locks. Memory: one chunk per running worker
 * plus the states.
 *
 * @param <S> the per-worker state
 */
final class ChunkScan<S> implements Job {
    /** What a task does with the values of one chunk. */
    interface Visitor<S> {
        void visit(Region region, Object values, S state);
    }

    private final Expr expr;
    private final Chunks grid;
    private final Supplier<S> newState;
    private final Visitor<S> visitor;
    private final String label;
    private final List<S> states = new ArrayList<>();

    private ChunkScan(Expr expr, Chunks grid, Supplier<S> newState, Visitor<S> visitor, String label) {
        this.expr = expr;
        this.grid = grid;
        this.newState = newState;
        this.visitor = visitor;
        this.label = label;
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
        Object values = RegionEvaluator.evaluate(expr, region);
        visitor.visit(region, values, (S) workerState);
        return region.elements() * expr.dtype().itemSize();
    }

    @Override
    public String describeTask(long i) {
        int[] idx = grid.unravel(i);
        return "chunk " + Arrays.toString(idx) + " (region " + grid.region(idx) + ")";
    }
}
