package io.chunkwise.array;

/**
 * A user function applied to one block of a chunked array ({@link ChunkedArray#mapBlocks} and
 * {@link ChunkedArray#mapOverlap}): it receives the block's values and its index in the chunk grid
 * and returns the block's result.
 *
 * <p>The result must have the shape and dtype that the operation declared (the block's own shape,
 * plus the halo for {@code mapOverlap}); anything else fails the computation with a
 * {@link BlockResultException} naming the block. The input block is a fresh copy that the function
 * may modify or return. Functions run concurrently on worker threads and may be called more than
 * once for the same block (e.g. when a later operation reads regions that straddle blocks), so
 * they must be thread-safe and give the same result for the same input.
 */
@FunctionalInterface
public interface BlockFunction {
    /** The result for one block; {@code blockIndex} is the block's position in the chunk grid. */
    DenseArray apply(DenseArray block, long[] blockIndex);
}
