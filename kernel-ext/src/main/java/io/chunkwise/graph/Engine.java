package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Region;
import io.chunkwise.array.ResultTooLargeException;
import io.chunkwise.io.ChunkSink;
import io.chunkwise.kernels.ReduceOp;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs expressions: lowers each request to passes over chunk grids and hands them to a scheduler.
 * Results are written straight into one preallocated buffer, so computing an array peaks near one
 * copy of the result.
 */
public final class Engine {
    private Engine() {
    }

    /** A root to compute with its chunk grid (ignored for reductions, which iterate their input's grid). */
    public record Root(Expr expr, Chunks chunks) {
    }

    /** Computes several roots, sharing one pass (and every shared input read) where their grids agree. */
    public static List<DenseArray> compute(List<Root> roots, Scheduler scheduler) {
        for (Root r : roots) {
            checkFits(r.expr().shape(), r.expr().dtype(), "the result of " + r.expr().name());
        }
        Resolver resolver = new Resolver(scheduler);
        DenseArray[] out = new DenseArray[roots.size()];
        boolean[] planned = new boolean[roots.size()];
        for (int i = 0; i < roots.size(); i++) {
            if (planned[i]) {
                continue;
            }
            Chunks userGrid = iterationGrid(roots.get(i));
            Lowering low = new Lowering();
            List<Integer> members = new ArrayList<>();
            List<Lowered> lowered = new ArrayList<>();
            StringBuilder label = new StringBuilder();
            for (int j = i; j < roots.size(); j++) {
                if (planned[j] || !Arrays.equals(iterationGrid(roots.get(j)).shape(), userGrid.shape())) {
                    continue;
                }
                planned[j] = true;
                members.add(j);
                Expr e = roots.get(j).expr();
                lowered.add(lower(e, resolver, low));
                label.append(label.length() == 0 ? "" : ", ").append(e.name());
            }
            Chunks grid = ReadingGrid.choose(userGrid, low.leaves);
            List<Consumer> consumers = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                int j = members.get(k);
                Expr e = roots.get(j).expr();
                long[] shape = e.shape();
                Object buf = Buffers.allocate(e.dtype(), (int) size(shape));
                out[j] = DenseArray.of(buf, e.dtype(), shape);
                Lowered r = lowered.get(k);
                consumers.add(e instanceof Expr.Reduce red
                        ? new ReduceConsumer(red, r.reg(), r.factors(), r.accumulate(), grid, buf)
                        : new MaterializeConsumer(r.reg(), e.dtype(), buf, shape));
            }
            run(new Pass(grid, low, consumers, order(roots, members, grid.ndim()), label.toString()), scheduler);
        }
        return Arrays.asList(out);
    }

    /** Computes one reduction whose input is already resolved. */
    static DenseArray reduce(Expr.Reduce red, Expr resolvedInput, Scheduler scheduler) {
        Expr.Reduce root = new Expr.Reduce(red.op(), resolvedInput, red.axes(), red.keepDims(), red.ddof(),
                red.dtype(), red.shape(), red.inputChunks());
        return compute(List.of(new Root(root, null)), scheduler).get(0);
    }

    /** The grid a root iterates: its input's chunks for a reduction, its own otherwise. */
    private static Chunks iterationGrid(Root r) {
        return r.expr() instanceof Expr.Reduce red ? red.inputChunks() : r.chunks();
    }

    /**
     * A root lowered into a pass's program: the register it reads (or, for a sum of products, the
     * registers of the factors, {@code factors}; else null) and, for a reduction, its accumulate type.
     */
    private record Lowered(int reg, int[] factors, DType accumulate) {
    }

    /** The most factors of a product that a sum folds in one sweep. */
    static final int MAX_FACTORS = 4;

    /** Lowers a root's values into {@code low} (the grid is chosen once every root of the pass is lowered). */
    private static Lowered lower(Expr e, Resolver resolver, Lowering low) {
        if (e instanceof Expr.Reduce red) {
            Expr input = resolver.resolveRootInput(red);
            DType acc = red.op().accumulateType(input.dtype());
            List<Expr> factors = (red.op() == ReduceOp.SUM || red.op() == ReduceOp.MEAN) && acc == DType.FLOAT64
                    ? factors(input) : List.of();
            if (!factors.isEmpty()) {
                int[] regs = new int[factors.size()];
                for (int k = 0; k < regs.length; k++) {
                    regs[k] = low.program.convert(low.reg(factors.get(k)), DType.FLOAT64);
                }
                return new Lowered(regs[0], regs, acc);
            }
            return new Lowered(low.program.convert(low.reg(input), acc), null, acc);
        }
        return new Lowered(low.reg(resolver.resolve(e)), null, null);
    }

    /**
     * The factors of a left-deep chain of float64 products, {@code ((a * b) * c) * d -> [a, b, c, d]}
     * (at most {@link #MAX_FACTORS}; a deeper chain keeps its inner product as the first factor), or
     * an empty list when {@code e} is no such product. A sum of the chain folds the products as they
     * are made, each multiplication rounded as NumPy's temporaries are, with no tile of them.
     */
    private static List<Expr> factors(Expr e) {
        java.util.LinkedList<Expr> out = new java.util.LinkedList<>();
        Expr rest = e;
        while (out.size() < MAX_FACTORS - 1 && rest instanceof Expr.Map m && m.op() == io.chunkwise.kernels.Op.MUL
                && !m.scalar() && m.inputs().size() == 2 && m.dtype() == DType.FLOAT64
                && m.operandType() == DType.FLOAT64) {
            out.addFirst(m.inputs().get(1));
            rest = m.inputs().get(0);
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.addFirst(rest);
        return out;
    }

    /** Reductions alone in a pass iterate kept axes outermost so each output block finishes early. */
    private static int[] order(List<Root> roots, List<Integer> members, int nd) {
        int[] order = new int[nd];
        for (int a = 0; a < nd; a++) {
            order[a] = a;
        }
        if (members.size() == 1 && roots.get(members.get(0)).expr() instanceof Expr.Reduce red) {
            int k = 0;
            for (int a = 0; a < nd; a++) {
                if (!red.reduces(a)) {
                    order[k++] = a;
                }
            }
            for (int a : red.axes()) {
                order[k++] = a;
            }
        }
        return order;
    }

    /** Computes every chunk into its own buffer, in grid order (for {@code persist()}). */
    public static Object[] chunks(Expr e, Chunks grid, Scheduler scheduler) {
        Resolver resolver = new Resolver(scheduler);
        Lowering low = new Lowering();
        int reg = low.reg(resolver.resolve(e));
        Object[] buffers = new Object[(int) grid.numChunks()];
        int[] counts = grid.grid();
        BiConsumer<int[], Object[]> keep = (idx, rb) -> {
            long linear = 0;
            for (int a = 0; a < idx.length; a++) {
                linear = linear * counts[a] + idx[a];
            }
            buffers[(int) linear] = rb[1];
        };
        List<Consumer> consumers = List.of(new RegionBufferConsumer(reg, e.dtype(), keep));
        run(new Pass(grid, low, consumers, identity(grid.ndim()), "persist " + e.name()), scheduler);
        return buffers;
    }

    /** Streams {@code e} into a sink over the given grid, committing at the end or aborting on failure. */
    public static void store(Expr e, Chunks grid, ChunkSink sink, Scheduler scheduler) {
        try {
            Resolver resolver = new Resolver(scheduler);
            Lowering low = new Lowering();
            int reg = low.reg(resolver.resolve(e));
            BiConsumer<int[], Object[]> write = (idx, rb) -> sink.write((Region) rb[0], rb[1]);
            List<Consumer> consumers = List.of(new RegionBufferConsumer(reg, e.dtype(), write));
            run(new Pass(grid, low, consumers, identity(grid.ndim()), "store " + e.name()), scheduler);
        } catch (RuntimeException | Error t) {
            sink.abort();
            throw t;
        }
        sink.commit();
    }

    /** Counts {@code e} into the bins given by {@code edges}. */
    public static long[] histogram(Expr e, Chunks grid, double[] edges, Scheduler scheduler) {
        Resolver resolver = new Resolver(scheduler);
        Lowering low = new Lowering();
        int reg = low.reg(resolver.resolve(e));
        HistogramConsumer h = new HistogramConsumer(reg, e.dtype().isFloat(), edges);
        Chunks walk = ReadingGrid.choose(grid, low.leaves);
        run(new Pass(walk, low, List.of(h), identity(walk.ndim()), "histogram of " + e.name()), scheduler);
        return h.counts();
    }

    private static int[] identity(int nd) {
        int[] o = new int[nd];
        for (int a = 0; a < nd; a++) {
            o[a] = a;
        }
        return o;
    }

    private static void run(Pass pass, Scheduler scheduler) {
        scheduler.run(pass);
    }

    static long size(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    /**
     * Fails before any work when a result cannot be held: more elements than one Java array, or more
     * bytes than the heap has free.
     */
    public static void checkFits(long[] shape, DType dtype, String what) {
        long n = size(shape);
        long bytes = n * dtype.itemSize();
        String fix = "Reduce it first (e.g. .mean(), .sum(0)), store it chunk by chunk with toZarr/toNpy/toGeoTiff";
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (bytes > free) {
            throw new ResultTooLargeException(what + " has shape " + io.chunkwise.array.Shapes.format(shape) + " "
                    + dtype + " and needs " + human(bytes) + ", but the JVM has only about " + human(free)
                    + " of heap free (max " + human(rt.maxMemory()) + "). " + fix
                    + (n > Chunks.MAX_CHUNK_ELEMENTS ? "" : ", or start the JVM with a larger -Xmx"));
        }
        if (n > Chunks.MAX_CHUNK_ELEMENTS) {
            throw new ResultTooLargeException(what + " has shape " + io.chunkwise.array.Shapes.format(shape) + " ("
                    + n + " elements), more than one Java array holds (" + Chunks.MAX_CHUNK_ELEMENTS + "). " + fix);
        }
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kiB", "MiB", "GiB", "TiB", "PiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.2f %s", v, units[u]);
    }

    /** Whether an op needs at least one element (NumPy raises for min of an empty array). */
    public static boolean needsElements(ReduceOp op) {
        ReduceOp b = op.base();
        return b == ReduceOp.MIN || b == ReduceOp.MAX || b == ReduceOp.ARGMIN || b == ReduceOp.ARGMAX;
    }
}
