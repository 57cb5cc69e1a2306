package io.chunkwise.array;

import io.chunkwise.graph.Expr;

import java.util.Arrays;

/**
 * Builds matrix products of 2-d arrays: shape and dtype checks at build time, the output dtype by
 * NumPy's promotion ({@link DType#promote}) and an output grid of blocks of at most
 * {@value #MAX_BLOCK} × {@value #MAX_BLOCK}, at least two per axis of 512 or more so that two
 * workers share the work. Each output block is one task ({@link MatmulSource}).
 */
final class Matmul {
    static final int MAX_BLOCK = 1024;

    private Matmul() {
    }

    /** {@code a · b} for 2-d arrays; see {@link ChunkedArray#matmul}. */
    static ChunkedArray of(ChunkedArray a, ChunkedArray b) {
        return of(a, b, MAX_BLOCK, MatmulSource.SLAB_ELEMENTS);
    }

    /** As {@link #of(ChunkedArray, ChunkedArray)} with output blocks of at most {@code block} per axis and slabs of about {@code slab} elements. */
    static ChunkedArray of(ChunkedArray a, ChunkedArray b, int block, int slab) {
        long[] sa = a.shape();
        long[] sb = b.shape();
        if (sa.length != 2 || sb.length != 2) {
            throw new IllegalArgumentException("matmul needs two 2-d arrays but got shapes " + Arrays.toString(sa)
                    + " and " + Arrays.toString(sb) + "; make a vector 2-d first, e.g. an (n) vector as (1, n) or (n, 1)");
        }
        if (sa[1] != sb[0]) {
            throw new IllegalArgumentException("matmul: shapes " + Arrays.toString(sa) + " and " + Arrays.toString(sb)
                    + " are not aligned: the first has " + sa[1] + " columns but the second has " + sb[0]
                    + " rows; they must be equal (transpose one of them?)");
        }
        DType out = DType.promote(a.dtype(), b.dtype());
        MatmulSource src = new MatmulSource(a.expr(), b.expr(), out, slab);
        long[] shape = {sa[0], sb[1]};
        Chunks grid = Chunks.ofLengths(shape, new int[][] {blocks(sa[0], block), blocks(sb[1], block)});
        return new ChunkedArray(new Expr.Source(src, src.name()), grid);
    }

    /** Equal blocks of at most {@code max}, and at least two when the extent is 512 or more. */
    static int[] blocks(long extent, int max) {
        if (extent == 0) {
            return new int[] {0};
        }
        long count = Math.max((extent + max - 1) / max, extent >= 512 ? 2 : 1);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("matmul output axis of " + extent + " would need " + count + " blocks");
        }
        int[] out = new int[(int) count];
        long base = extent / count;
        long extra = extent % count;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (base + (i < extra ? 1 : 0));
        }
        return out;
    }
}
