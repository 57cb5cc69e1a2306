package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;

import java.util.List;

/**
 * {@code mapOverlap}: each block of the input grid is read with its halo ({@link HaloRead}), the
 * user function runs on the grown block, and the halo is trimmed from its result. The output has
 * the input's shape and chunks.
 */
final class OverlapSource implements DerivedSource {
    private final Expr input;
    private final Chunks chunks;
    private final int[] depth;
    private final Boundary boundary;
    private final BlockFunction fn;
    private final DType outType;

    OverlapSource(Expr input, Chunks chunks, int[] depth, Boundary boundary, BlockFunction fn, DType outType) {
        this.input = input;
        this.chunks = chunks;
        this.depth = depth.clone();
        this.boundary = boundary;
        this.fn = fn;
        this.outType = outType;
    }

    @Override
    public long[] shape() {
        return chunks.shape();
    }

    @Override
    public DType dtype() {
        return outType;
    }

    @Override
    public int[] nativeBlock() {
        return chunks.maxChunk();
    }

    @Override
    public Object read(Region region) {
        return BlockRegions.read(chunks, outType, region, this::block);
    }

    private Object block(int[] idx) {
        Region b = chunks.region(idx);
        if (b.elements() == 0) {
            return Buffers.allocate(outType, 0);
        }
        HaloRead.Padded p = HaloRead.read(input, b, depth, boundary);
        DenseArray r = fn.apply(DenseArray.of(p.values(), input.dtype(), p.shape()), BlockMapSource.toLongs(idx));
        Object full = BlockRegions.checked("mapOverlap", r, p.shape(), outType, idx);
        if (HaloRead.product(p.shape()) == b.elements()) {
            return full;
        }
        int nd = b.ndim();
        long[] at = new long[nd];
        for (int a = 0; a < nd; a++) {
            at[a] = p.before()[a];
        }
        long[] size = BlockRegions.longs(b.size());
        Object out = Buffers.allocate(outType, (int) b.elements());
        Buffers.copyBox(full, p.shape(), at, out, size, new long[nd], b.size());
        return out;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new OverlapSource(inputs.get(0), chunks, depth, boundary, fn, outType);
    }

    @Override
    public String name() {
        return "mapOverlap";
    }

    @Override
    public String describe() {
        return "mapOverlap depth " + java.util.Arrays.toString(depth) + " boundary " + boundary + " over "
                + chunks.numChunks() + " blocks of " + input.name() + " to " + outType;
    }
}
