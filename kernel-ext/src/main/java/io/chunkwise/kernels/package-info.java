/**
 * Per-chunk loops on primitive arrays: the fused elementwise tile program, reductions, histograms
 * and generators. Loops take primitives (register tiles plus offsets), never boxed numbers or graph
 * types.
 *
 * <p>Part of the core: imports only {@code io.chunkwise.array} value types (DType, Buffers) and the
 * JDK; never {@code graph}, {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.kernels;
