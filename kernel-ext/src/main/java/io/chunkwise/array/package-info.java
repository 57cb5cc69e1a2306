/**
 * The public array types: {@link io.chunkwise.array.ChunkedArray} (the lazy, immutable facade),
 * {@link io.chunkwise.array.DenseArray} (computed results), {@link io.chunkwise.array.DType},
 * {@link io.chunkwise.array.Chunks} (the one gate for chunk specs) and histograms.
 *
 * <p>Part of the core: may import {@code graph}, {@code kernels}, {@code schedule} and {@code io};
 * never {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.array;
