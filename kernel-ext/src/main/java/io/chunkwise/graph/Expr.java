package io.chunkwise.graph;

import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.kernels.Op;
import io.chunkwise.kernels.ReduceOp;

import java.util.List;

/**
 * The expression nodes behind a lazy array: a sealed family of immutable records, each knowing its
 * output shape and dtype when it is built. Lowering ({@link Lowering}) is one switch over them.
 * Node identity is what matters for sharing: the same node used twice is computed once.
 */
public sealed interface Expr permits Expr.Source, Expr.Map, Expr.Reduce {
    long[] shape();

    DType dtype();

    /** The layer name shown in summaries ("mul", "sum", "random", "geotiff"). */
    String name();

    /** Inputs of this node (empty for sources). */
    List<Expr> inputs();

    /** A leaf: data read region by region from a source. */
    record Source(ChunkSource source, String name) implements Expr {
        @Override
        public long[] shape() {
            return source.shape();
        }

        @Override
        public DType dtype() {
            return source.dtype();
        }

        @Override
        public List<Expr> inputs() {
            return List.of();
        }
    }

    /**
     * An elementwise op over inputs that broadcast to {@code shape}; {@code scalar} marks a binary op
     * whose second operand is {@code s1} (CLIP uses {@code s1, s2}). Operands are converted to
     * {@code operandType} before the op.
     */
    record Map(Op op, List<Expr> inputs, double s1, double s2, boolean scalar, DType dtype, DType operandType,
               long[] shape) implements Expr {
        @Override
        public String name() {
            return op.label();
        }
    }

    /**
     * A reduction over {@code axes} (sorted, distinct) with NumPy's keep-dims option; the input is
     * iterated over {@code inputChunks}.
     */
    record Reduce(ReduceOp op, Expr input, int[] axes, boolean keepDims, int ddof, DType dtype, long[] shape,
                  Chunks inputChunks) implements Expr {
        @Override
        public String name() {
            return op.label();
        }

        @Override
        public List<Expr> inputs() {
            return List.of(input);
        }

        public boolean reduces(int axis) {
            for (int a : axes) {
                if (a == axis) {
                    return true;
                }
            }
            return false;
        }
    }
}
