package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;

import java.util.List;

/**
 * The sorted distinct values of an integer or bool expression ({@code np.unique}). Its length is
 * known only after a pass over the data: the first call of {@link #shape()} or {@link #read} runs it
 * (per-worker sets of distinct keys, merged) and keeps the values, shared by every copy made by
 * {@link #withInputs}. Memory: the distinct values, about twice over while merging.
 */
final class UniqueSource implements DerivedSource {
    private final Expr input;
    private final Chunks inputChunks;
    private final Memo memo;

    private static final class Memo {
        private Object values;

        synchronized Object get(UniqueSource s) {
            if (values == null) {
                values = s.computeValues();
            }
            return values;
        }
    }

    UniqueSource(Expr input, Chunks inputChunks) {
        this(input, inputChunks, new Memo());
    }

    private UniqueSource(Expr input, Chunks inputChunks, Memo memo) {
        this.input = input;
        this.inputChunks = inputChunks;
        this.memo = memo;
    }

    @Override
    public long[] shape() {
        return new long[] {Buffers.length(memo.get(this))};
    }

    @Override
    public DType dtype() {
        return input.dtype();
    }

    @Override
    public Object read(Region region) {
        Object values = memo.get(this);
        Object out = Buffers.allocate(dtype(), region.size()[0]);
        System.arraycopy(values, (int) region.start()[0], out, 0, region.size()[0]);
        return out;
    }

    private Object computeValues() {
        DType t = input.dtype();
        int width = SortKeys.width(t);
        List<DistinctKeys> sets = ChunkScan.run(input, inputChunks, () -> new DistinctKeys(width),
                (values, offset, length, set) -> {
                    int slab = Math.max(1, Math.min(length, ChunkScan.SLAB));
                    long[] keys = set.scratch(slab);
                    for (int off = 0; off < length; off += slab) {
                        int m = Math.min(slab, length - off);
                        SortKeys.fill(values, t, offset + off, m, keys);
                        set.add(keys, m);
                    }
                }, "unique of " + input.name(), Scheduler.defaultScheduler());
        DistinctKeys all = new DistinctKeys(width);
        for (DistinctKeys s : sets) {
            all.addAll(s);
        }
        long[] keys = all.sortedKeys();
        if (keys.length > Chunks.MAX_CHUNK_ELEMENTS) {
            throw new ResultTooLargeException("unique of " + input.name() + " found " + keys.length
                    + " distinct values, more than one Java array holds");
        }
        Object out = Buffers.allocate(t, keys.length);
        for (int i = 0; i < keys.length; i++) {
            Buffers.setLong(out, t, i, SortKeys.toLong(keys[i], t));
        }
        return out;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new UniqueSource(inputs.get(0), inputChunks, memo);
    }

    @Override
    public String name() {
        return "unique";
    }

    @Override
    public String describe() {
        return "unique values of " + input.name();
    }
}
