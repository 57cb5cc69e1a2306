package io.chunkwise.array;

import java.util.Arrays;

/**
 * Reads regions of an array that is defined block by block on a chunk grid (the output of a block
 * function): a region equal to one block is that block; any other region (a later rechunk, a
 * broadcast read) is copied out of the blocks it touches, computing them one at a time.
 */
final class BlockRegions {
    /** Computes one block of the grid into a fresh buffer of the block's size. */
    interface Blocks {
        Object block(int[] index);
    }

    private BlockRegions() {
    }

    /** The values of {@code region} as a fresh C-order buffer of {@code dtype}'s storage type. */
    static Object read(Chunks grid, DType dtype, Region region, Blocks blocks) {
        int nd = region.ndim();
        if (region.elements() == 0) {
            return Buffers.allocate(dtype, 0);
        }
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        for (int a = 0; a < nd; a++) {
            lo[a] = grid.chunkAt(a, region.start()[a]);
            hi[a] = grid.chunkAt(a, region.start()[a] + region.size()[a] - 1);
        }
        if (Arrays.equals(lo, hi) && grid.region(lo).equals(region)) {
            return blocks.block(lo);
        }
        Object out = Buffers.allocate(dtype, (int) region.elements());
        long[] outShape = longs(region.size());
        int[] idx = lo.clone();
        while (true) {
            Region c = grid.region(idx);
            long[] srcStart = new long[nd];
            long[] dstStart = new long[nd];
            int[] size = new int[nd];
            for (int a = 0; a < nd; a++) {
                long s = Math.max(c.start()[a], region.start()[a]);
                long e = Math.min(c.start()[a] + c.size()[a], region.start()[a] + region.size()[a]);
                srcStart[a] = s - c.start()[a];
                dstStart[a] = s - region.start()[a];
                size[a] = (int) (e - s);
            }
            Buffers.copyBox(blocks.block(idx.clone()), longs(c.size()), srcStart, out, outShape, dstStart, size);
            int a = nd - 1;
            while (a >= 0) {
                if (++idx[a] <= hi[a]) {
                    break;
                }
                idx[a] = lo[a];
                a--;
            }
            if (a < 0) {
                return out;
            }
        }
    }

    /**
     * The buffer of a block function's result after checking it has the declared shape and dtype,
     * or a {@link BlockResultException} naming the operation, the block, what came back and what
     * was expected.
     */
    static Object checked(String op, DenseArray result, long[] shape, DType dtype, int[] index) {
        String block = "block " + Arrays.toString(index);
        if (result == null) {
            throw new BlockResultException(op + ": the function returned null for " + block + "; expected an array of shape "
                    + Shapes.format(shape) + " and dtype " + dtype);
        }
        if (!Arrays.equals(result.shape(), shape) || result.dtype() != dtype) {
            throw new BlockResultException(op + ": the function returned shape " + Shapes.format(result.shape())
                    + " dtype " + result.dtype() + " for " + block + " but expected shape " + Shapes.format(shape)
                    + " dtype " + dtype + "; return DenseArray.of(buffer, DType." + dtype.name() + ", shape) with that shape"
                    + (op.equals("mapOverlap") ? " (the block including its halo, which is trimmed afterwards)"
                    : ", or declare other output chunks with mapBlocks(fn, outType, outChunks)"));
        }
        return result.data();
    }

    static long[] longs(int[] size) {
        long[] l = new long[size.length];
        for (int a = 0; a < l.length; a++) {
            l[a] = size[a];
        }
        return l;
    }
}
