/**
 * Expressions and their lowering to per-chunk tasks: the sealed {@link io.chunkwise.graph.Expr}
 * family, fusion of elementwise chains into one tile program, culling, and the passes that the
 * scheduler runs.
 *
 * <p>Part of the core: imports {@code array}, {@code io} (SPIs), {@code kernels} and {@code schedule};
 * never {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.graph;
