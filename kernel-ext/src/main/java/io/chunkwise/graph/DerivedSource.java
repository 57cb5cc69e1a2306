package io.chunkwise.graph;

import io.chunkwise.io.ChunkSource;

import java.util.List;

/**
 * A source computed from other expressions, region by region: slices, transposes, joins, block
 * functions, overlaps. Its {@link #read} evaluates only the input regions that the requested
 * region needs (through {@link RegionEvaluator}), on the calling worker thread, so a structural
 * operation fuses into the pass that reads it and never materialises its whole input.
 *
 * <p>Before a computation the engine resolves the reductions inside {@link #inputs()} once and
 * rebuilds the source with {@link #withInputs}; {@code read} may therefore assume its inputs
 * contain no reductions.
 */
public interface DerivedSource extends ChunkSource {
    /** The expressions this source reads. */
    List<Expr> inputs();

    /** The same operation over other (resolved) inputs of the same shapes and dtypes. */
    DerivedSource withInputs(List<Expr> inputs);

    /** The layer name shown in summaries, e.g. {@code "slice"}, {@code "transpose"}. */
    String name();
}
