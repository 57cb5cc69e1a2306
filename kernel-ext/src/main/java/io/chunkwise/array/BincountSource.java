package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Engine;
import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;

import java.util.Arrays;
import java.util.List;

/**
 * How often each non-negative integer occurs ({@code np.bincount}, over every element): INT64
 * counts of length {@code max(max + 1, minlength)}. The length comes from a fused min/max pass,
 * run when the shape is first needed, which also rejects negative values; the counts from a second
 * pass on the first read (per-worker count arrays up to {@value #DENSE_LIMIT} bins, sorted runs
 * added under a lock beyond). Both are kept and shared by the copies {@link #withInputs} makes.
 */
final class BincountSource implements DerivedSource {
    static final int DENSE_LIMIT = 1 << 20;

    private final Expr input;
    private final Chunks inputChunks;
    private final long minLength;
    private final Memo memo;

    private static final class Memo {
        private long length = -1;
        private long[] counts;

        synchronized long length(BincountSource s) {
            if (length < 0) {
                length = s.computeLength();
            }
            return length;
        }

        synchronized long[] counts(BincountSource s) {
            if (counts == null) {
                counts = s.computeCounts((int) length(s));
            }
            return counts;
        }
    }

    BincountSource(Expr input, Chunks inputChunks, long minLength) {
        this(input, inputChunks, minLength, new Memo());
    }

    private BincountSource(Expr input, Chunks inputChunks, long minLength, Memo memo) {
        this.input = input;
        this.inputChunks = inputChunks;
        this.minLength = minLength;
        this.memo = memo;
    }

    @Override
    public long[] shape() {
        return new long[] {memo.length(this)};
    }

    @Override
    public DType dtype() {
        return DType.INT64;
    }

    @Override
    public Object read(Region region) {
        long[] counts = memo.counts(this);
        return Arrays.copyOfRange(counts, (int) region.start()[0], (int) region.start()[0] + region.size()[0]);
    }

    private long computeLength() {
        long n = 1;
        for (long s : input.shape()) {
            n *= s;
        }
        if (n == 0) {
            return minLength;
        }
        ChunkedArray x = new ChunkedArray(input, inputChunks);
        List<DenseArray> mm = Engine.compute(List.of(new Engine.Root(x.min().expr(), null),
                new Engine.Root(x.max().expr(), null)), Scheduler.defaultScheduler());
        long min = mm.get(0).itemLong();
        long max = mm.get(1).itemLong();
        boolean huge = input.dtype() == DType.UINT64 && max < 0;
        if (min < 0 && !(input.dtype() == DType.UINT64)) {
            throw new IllegalArgumentException("bincount needs non-negative values but " + input.name()
                    + " holds " + min + " (its minimum); shift or clip it first, e.g. x.sub(" + min + ") or x.clip(0, "
                    + max + ")");
        }
        if (huge || max >= Chunks.MAX_CHUNK_ELEMENTS) {
            throw new ResultTooLargeException("bincount of " + input.name() + " would need "
                    + (huge ? Long.toUnsignedString(max) : String.valueOf(max)) + " + 1 bins (its largest value + 1), "
                    + "more than one Java array holds (" + Chunks.MAX_CHUNK_ELEMENTS + "); count a smaller range, "
                    + "e.g. with histogram(bins, min, max)");
        }
        return Math.max(max + 1, minLength);
    }

    private long[] computeCounts(int length) {
        long[] shared = new long[length];
        boolean dense = length <= DENSE_LIMIT;
        DType t = input.dtype();
        List<long[]> parts = ChunkScan.run(input, inputChunks, () -> new long[dense ? length : 0],
                (values, offset, count, mine) -> {
                    if (dense) {
                        countInto(values, t, offset, count, mine);
                    } else {
                        long[] sorted = new long[count];
                        for (int i = 0; i < count; i++) {
                            sorted[i] = Buffers.getLong(values, t, offset + i);
                        }
                        Arrays.sort(sorted);
                        synchronized (shared) {
                            for (long v : sorted) {
                                add(shared, v);
                            }
                        }
                    }
                }, "bincount of " + input.name(), Scheduler.defaultScheduler());
        for (long[] p : parts) {
            if (p.length == length && dense) {
                for (int i = 0; i < length; i++) {
                    shared[i] += p[i];
                }
            }
        }
        return shared;
    }

    private static void add(long[] counts, long v) {
        if (v < 0 || v >= counts.length) {
            throw changed(v, counts.length);
        }
        counts[(int) v]++;
    }

    /** Counts {@code n} values of a storage buffer from {@code off}, unsigned types widened. */
    private static void countInto(Object values, DType t, int off, int n, long[] counts) {
        int len = counts.length;
        switch (t) {
            case INT8, UINT8, BOOL -> {
                byte[] v = (byte[]) values;
                int mask = t == DType.INT8 ? -1 : 0xFF;
                for (int i = off; i < off + n; i++) {
                    int x = v[i] & mask;
                    if (x < 0 || x >= len) {
                        throw changed(x, len);
                    }
                    counts[x]++;
                }
            }
            case INT16, UINT16 -> {
                short[] v = (short[]) values;
                int mask = t == DType.INT16 ? -1 : 0xFFFF;
                for (int i = off; i < off + n; i++) {
                    int x = v[i] & mask;
                    if (x < 0 || x >= len) {
                        throw changed(x, len);
                    }
                    counts[x]++;
                }
            }
            default -> {
                for (int i = off; i < off + n; i++) {
                    add(counts, Buffers.getLong(values, t, i));
                }
            }
        }
    }

    private static IllegalStateException changed(long v, int length) {
        return new IllegalStateException("bincount found the value " + v + " outside [0, " + length + ") that the "
                + "first pass measured: the data changed between passes; persist() a non-deterministic expression first");
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new BincountSource(inputs.get(0), inputChunks, minLength, memo);
    }

    @Override
    public String name() {
        return "bincount";
    }

    @Override
    public String describe() {
        return "bincount of " + input.name();
    }
}
