package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.List;

/**
 * {@code mapBlocks}: block {@code i} of the output is the user function applied to block {@code i}
 * of the input (the input's chunk grid), checked against the declared output chunks and dtype.
 * Each block reads only its own input region.
 */
final class BlockMapSource implements DerivedSource {
    private final Expr input;
    private final Chunks inChunks;
    private final Chunks outChunks;
    private final BlockFunction fn;
    private final DType outType;

    BlockMapSource(Expr input, Chunks inChunks, Chunks outChunks, BlockFunction fn, DType outType) {
        this.input = input;
        this.inChunks = inChunks;
        this.outChunks = outChunks;
        this.fn = fn;
        this.outType = outType;
    }

    @Override
    public long[] shape() {
        return outChunks.shape();
    }

    @Override
    public DType dtype() {
        return outType;
    }

    @Override
    public int[] nativeBlock() {
        return outChunks.maxChunk();
    }

    @Override
    public Object read(Region region) {
        return BlockRegions.read(outChunks, outType, region, this::block);
    }

    private Object block(int[] idx) {
        Region out = outChunks.region(idx);
        if (out.elements() == 0) {
            return Buffers.allocate(outType, 0);
        }
        Region in = inChunks.region(idx);
        Object values = RegionEvaluator.evaluate(input, in);
        DenseArray r = fn.apply(DenseArray.of(values, input.dtype(), BlockRegions.longs(in.size())), toLongs(idx));
        return BlockRegions.checked("mapBlocks", r, BlockRegions.longs(out.size()), outType, idx);
    }

    static long[] toLongs(int[] idx) {
        long[] l = new long[idx.length];
        for (int a = 0; a < l.length; a++) {
            l[a] = idx[a];
        }
        return l;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new BlockMapSource(inputs.get(0), inChunks, outChunks, fn, outType);
    }

    @Override
    public String name() {
        return "mapBlocks";
    }

    @Override
    public String describe() {
        return "mapBlocks over " + inChunks.numChunks() + " blocks of " + input.name() + " to " + outType;
    }
}
