package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.kernels.FlatValues;
import io.chunkwise.kernels.TileExec;
import io.chunkwise.kernels.TileProgram;
import io.chunkwise.schedule.Cancellation;
import io.chunkwise.schedule.Job;

import java.util.Arrays;
import java.util.List;

/**
 * One pass over an iteration grid: task {@code i} reads the leaves for one region (broadcasting
 * where needed), runs the fused program tile by tile and feeds every consumer. Tasks are ordered by
 * {@code order}, a permutation of the grid's axes (outermost first), so that a reduction's partials
 * for one output block finish close together.
 */
final class Pass implements Job {
    private final Chunks grid;
    private final Lowering lowering;
    private final List<Consumer> consumers;
    private final int[] order;
    private final int[] gridCounts;
    private final String label;
    private final long[] shape;
    private final long[] strides;
    /** The lone in-memory FLOAT64 leaf that a lone row-folding reduction reads row by row, or -1. */
    private final int rowFoldLeaf;

    Pass(Chunks grid, Lowering lowering, List<Consumer> consumers, int[] order, String label) {
        this.grid = grid;
        this.lowering = lowering;
        this.consumers = consumers;
        this.order = order;
        this.gridCounts = grid.grid();
        this.label = label;
        this.shape = grid.shape();
        this.strides = io.chunkwise.array.Buffers.strides(shape);
        this.rowFoldLeaf = rowFoldLeaf(lowering, consumers, shape);
    }

    private static int rowFoldLeaf(Lowering lowering, List<Consumer> consumers, long[] shape) {
        if (consumers.size() != 1 || !(consumers.get(0) instanceof ReduceConsumer rc) || !rc.foldsRows()
                || lowering.leaves.size() != 1) {
            return -1;
        }
        int leaf = lowering.program.loadedLeaf(rc.reg());
        return leaf >= 0 && readInPlace(lowering.leaves.get(leaf), shape)
                && lowering.leaves.get(leaf).dtype() == DType.FLOAT64 ? leaf : -1;
    }

    /** Whether a pass over {@code shape} reads this leaf in place: an in-memory array of that very shape. */
    static boolean readInPlace(Expr.Source s, long[] shape) {
        return s.source() instanceof InMemorySource && Arrays.equals(s.shape(), shape);
    }

    /** A row-folding task: rows go to the reduction four at a time, straight from the input array. */
    private long foldRows(Region region, int[] idx) {
        ReduceConsumer rc = (ReduceConsumer) consumers.get(0);
        double[] src = (double[]) ((InMemorySource) lowering.leaves.get(rowFoldLeaf).source()).array().data();
        int n = (int) region.elements();
        int w = region.size()[region.ndim() - 1];
        int rows = w == 0 ? 0 : n / w;
        Object ctx = rc.begin(region);
        long[] offsets = new long[4];
        for (int r = 0; r < rows; r += 4) {
            int k = Math.min(4, rows - r);
            for (int q = 0; q < k; q++) {
                offsets[q] = RunMath.flatOffset(region, strides, (long) (r + q) * w);
            }
            rc.acceptRows(ctx, src, offsets, k, w);
            Cancellation.check();
        }
        rc.end(ctx, region, idx);
        return (long) n * Double.BYTES;
    }

    @Override
    public long tasks() {
        return grid.numChunks();
    }

    @Override
    public long totalBytes() {
        long elements = 1;
        for (long s : shape) {
            elements *= s;
        }
        long item = 0;
        for (Expr.Source s : lowering.leaves) {
            item += s.dtype().itemSize();
        }
        return elements * Math.max(1, item);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Object newWorkerState() {
        return lowering.program.newExec();
    }

    int[] chunkIndex(long task) {
        int nd = order.length;
        int[] idx = new int[nd];
        for (int p = nd - 1; p >= 0; p--) {
            int a = order[p];
            idx[a] = (int) (task % gridCounts[a]);
            task /= gridCounts[a];
        }
        return idx;
    }

    @Override
    public long runTask(long task, Object state) {
        TileExec exec = (TileExec) state;
        int[] idx = chunkIndex(task);
        Region region = grid.region(idx);
        if (rowFoldLeaf >= 0) {
            return foldRows(region, idx);
        }
        int n = (int) region.elements();
        Object[] leaves = new Object[lowering.leaves.size()];
        long[][] direct = new long[leaves.length][];
        long bytes = 0;
        int run = Integer.MAX_VALUE;
        for (int i = 0; i < leaves.length; i++) {
            Expr.Source s = lowering.leaves.get(i);
            if (readInPlace(s, shape)) {
                leaves[i] = ((InMemorySource) s.source()).array().data(); // read in place: no copy of the chunk
                direct[i] = strides;
                run = Math.min(run, RunMath.contiguousRun(region, shape));
            } else if (s.source() instanceof FlatValues g && Arrays.equals(s.shape(), shape)) {
                leaves[i] = g; // computed straight into the register tiles
                direct[i] = strides;
                run = Math.min(run, RunMath.contiguousRun(region, shape));
            } else {
                leaves[i] = Broadcasts.read(s, region);
            }
            bytes += (long) n * s.dtype().itemSize();
        }
        long[] offsets = new long[leaves.length];
        Object[] ctx = new Object[consumers.size()];
        for (int c = 0; c < ctx.length; c++) {
            ctx[c] = consumers.get(c).begin(region);
            run = Math.min(run, consumers.get(c).runLength(region));
        }
        run = Math.max(1, run);
        for (int k0 = 0; k0 < n; k0 += run) {
            int len = Math.min(run, n - k0);
            for (int t = 0; t < len; t += TileProgram.TILE) {
                int m = Math.min(TileProgram.TILE, len - t);
                for (int i = 0; i < leaves.length; i++) {
                    offsets[i] = direct[i] == null ? k0 + t : RunMath.flatOffset(region, direct[i], k0) + t;
                }
                exec.run(leaves, offsets, m);
                for (int c = 0; c < ctx.length; c++) {
                    consumers.get(c).accept(ctx[c], exec, region, k0 + t, m);
                }
                Cancellation.check();
            }
        }
        for (int c = 0; c < ctx.length; c++) {
            consumers.get(c).end(ctx[c], region, idx);
        }
        return bytes;
    }

    @Override
    public String describeTask(long task) {
        int[] idx = chunkIndex(task);
        return "chunk " + Arrays.toString(idx) + " (region " + grid.region(idx) + ")";
    }

    /** Reads leaves, expanding broadcast axes to the full region. */
    static final class Broadcasts {
        private Broadcasts() {
        }

        static Object read(Expr.Source s, Region region) {
            long[] ls = s.shape();
            int nd = region.ndim();
            int lead = nd - ls.length;
            boolean broadcast = lead > 0;
            long[] start = new long[ls.length];
            int[] size = new int[ls.length];
            for (int j = 0; j < ls.length; j++) {
                int a = j + lead;
                if (ls[j] == 1 && region.size()[a] != 1) {
                    broadcast = true;
                    start[j] = 0;
                    size[j] = 1;
                } else {
                    start[j] = ls[j] == 1 ? 0 : region.start()[a];
                    size[j] = region.size()[a];
                }
            }
            Object buf = s.source().read(new Region(start, size));
            if (!broadcast) {
                return buf;
            }
            return expand(buf, s.dtype(), size, lead, region.size());
        }

        private static Object expand(Object src, DType dtype, int[] srcSize, int lead, int[] size) {
            int nd = size.length;
            long total = 1;
            for (int s : size) {
                total *= s;
            }
            Object out = Buffers.allocate(dtype, (int) total);
            long[] srcStride = new long[nd];
            long acc = 1;
            for (int j = srcSize.length - 1; j >= 0; j--) {
                srcStride[j + lead] = srcSize[j] == 1 ? 0 : acc;
                acc *= srcSize[j];
            }
            int[] m = new int[nd];
            for (int k = 0; k < total; k++) {
                long so = 0;
                for (int a = 0; a < nd; a++) {
                    so += m[a] * srcStride[a];
                }
                System.arraycopy(src, (int) so, out, k, 1);
                for (int a = nd - 1; a >= 0; a--) {
                    if (++m[a] < size[a]) {
                        break;
                    }
                    m[a] = 0;
                }
            }
            return out;
        }
    }
}
