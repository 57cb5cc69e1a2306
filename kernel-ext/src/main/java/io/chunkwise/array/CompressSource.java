package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.Arrays;
import java.util.List;

/**
 * Boolean-mask selection ({@code x[mask]} in NumPy) into a 1-d array, over the flattened input (a
 * reshape to 1-d, whose chunks are C-order runs no larger than the input's chunks): output chunk
 * {@code k} holds the selected values of the k-th input chunk that has any. The chunk lengths come from
 * a counting pass over the mask ({@link ChunkCounts}), run once on first use of {@link #layout()}
 * and kept; a read evaluates only the input chunks its region overlaps.
 */
final class CompressSource implements DerivedSource {
    private final Expr x;
    private final Expr mask;
    private final Chunks inChunks;
    private volatile Layout layout;

    /** Non-empty input chunks (C-order linear ids), and where each one's values start in the output. */
    record Layout(long[] chunkIds, long[] offsets) {
        long total() {
            return offsets[offsets.length - 1];
        }

        int[] lengths() {
            if (chunkIds.length == 0) {
                return new int[] {0};
            }
            int[] l = new int[chunkIds.length];
            for (int k = 0; k < l.length; k++) {
                l[k] = (int) (offsets[k + 1] - offsets[k]);
            }
            return l;
        }
    }

    CompressSource(Expr x, Expr mask, Chunks inChunks, Layout layout) {
        this.x = x;
        this.mask = mask;
        this.inChunks = inChunks;
        this.layout = layout;
    }

    /**
     * {@code x[mask]}: checks the mask (BOOL, the array's shape) and builds the result; its chunk
     * lengths come from the counting pass, which runs now because a ChunkedArray's grid is fixed
     * when it is built.
     */
    static ChunkedArray compress(ChunkedArray x, ChunkedArray mask) {
        if (mask == null) {
            throw new IllegalArgumentException("compress: the mask is null; expected a BOOL array of shape "
                    + Shapes.format(x.shape()));
        }
        if (mask.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("compress: the mask has dtype " + mask.dtype() + " but must be bool; "
                    + "build it with a comparison, e.g. x.gt(0), or convert with mask.ne(0)");
        }
        if (!Arrays.equals(mask.shape(), x.shape())) {
            throw new IllegalArgumentException("compress: the mask has shape " + Shapes.format(mask.shape())
                    + " but the array has shape " + Shapes.format(x.shape()) + "; give a mask of the array's shape");
        }
        // C order across chunks needs C-order runs: flatten both (1-d arrays are kept as they are)
        ChunkedArray flat = x.reshape(-1);
        ChunkedArray flatMask = mask.reshape(-1).rechunk(flat.chunks());
        CompressSource src = new CompressSource(flat.expr(), flatMask.expr(), flat.chunks(), null);
        return new ChunkedArray(new Expr.Source(src, src.name()), src::chunks);
    }

    /** The output layout, counting the mask's true values per input chunk on first call. */
    Layout layout() {
        Layout l = layout;
        if (l == null) {
            synchronized (this) {
                l = layout;
                if (l == null) {
                    l = count();
                    layout = l;
                }
            }
        }
        return l;
    }

    private Layout count() {
        long[] counts = ChunkCounts.count(mask, inChunks);
        int nonEmpty = 0;
        for (long c : counts) {
            nonEmpty += c > 0 ? 1 : 0;
        }
        long[] ids = new long[nonEmpty];
        long[] offsets = new long[nonEmpty + 1];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                ids[k] = i;
                offsets[k + 1] = offsets[k] + counts[i];
                k++;
            }
        }
        return new Layout(ids, offsets);
    }

    /** The output chunk grid (runs the counting pass if it has not run yet). */
    Chunks chunks() {
        Layout l = layout();
        return Chunks.ofLengths(new long[] {l.total()}, new int[][] {l.lengths()});
    }

    @Override
    public long[] shape() {
        return new long[] {layout().total()};
    }

    @Override
    public DType dtype() {
        return x.dtype();
    }

    @Override
    public List<Expr> inputs() {
        return List.of(x, mask);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new CompressSource(inputs.get(0), inputs.get(1), inChunks, layout());
    }

    @Override
    public String name() {
        return "compress";
    }

    @Override
    public String describe() {
        return "compress of " + x.name() + " by " + mask.name();
    }

    @Override
    public Object read(Region region) {
        Layout l = layout();
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        long lo = region.start()[0];
        long hi = lo + region.size()[0];
        if (hi <= lo) {
            return out;
        }
        int k = Arrays.binarySearch(l.offsets, lo);
        k = k >= 0 ? k : -k - 2;
        for (; k < l.chunkIds.length && l.offsets[k] < hi; k++) {
            Region r = inChunks.region(inChunks.unravel(l.chunkIds[k]));
            Object values = RegionEvaluator.evaluate(x, r);
            byte[] m = (byte[]) RegionEvaluator.evaluate(mask, r);
            long skip = Math.max(0, lo - l.offsets[k]);
            long first = Math.max(lo, l.offsets[k]);
            long last = Math.min(hi, l.offsets[k + 1]);
            compact(values, m, skip, out, (int) (first - lo), (int) (last - first));
        }
        return out;
    }

    /** Copies the selected values of {@code src} after skipping {@code skip} of them, {@code max} at most. */
    private static void compact(Object src, byte[] m, long skip, Object dst, int at, int max) {
        int[] pick = new int[max];
        long seen = 0;
        int k = 0;
        for (int i = 0; i < m.length && k < max; i++) {
            if (m[i] != 0 && seen++ >= skip) {
                pick[k++] = i;
            }
        }
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        } else if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        } else if (src instanceof int[] s) {
            int[] d = (int[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        } else if (src instanceof short[] s) {
            short[] d = (short[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        } else {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int j = 0; j < k; j++) {
                d[at + j] = s[pick[j]];
            }
        }
    }
}
