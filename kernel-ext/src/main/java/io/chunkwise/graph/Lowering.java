package io.chunkwise.graph;

import io.chunkwise.kernels.TileProgram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a set of elementwise expression trees into one {@link TileProgram}: every source becomes a
 * leaf loaded once, every node a register computed once (shared nodes are shared registers), so a
 * chain like {@code x.mul(x).mul(x).sum()} reads each chunk of {@code x} once and materialises no
 * intermediate chunk. Reductions must have been resolved to sources first ({@link Resolver}).
 */
final class Lowering {
    final TileProgram program = new TileProgram();
    final List<Expr.Source> leaves = new ArrayList<>();
    private final Map<Expr, Integer> regs = new IdentityHashMap<>();
    private final Map<Object, Integer> leafBySource = new IdentityHashMap<>();

    /** The register that holds {@code e}'s values. */
    int reg(Expr e) {
        Integer r = regs.get(e);
        if (r != null) {
            return r;
        }
        int out;
        if (e instanceof Expr.Source s) {
            Integer leaf = leafBySource.get(s.source());
            if (leaf == null) {
                leaf = program.leaf(s.dtype());
                leaves.add(s);
                leafBySource.put(s.source(), leaf);
            }
            out = program.load(leaf);
        } else if (e instanceof Expr.Map m) {
            int[] ops = new int[m.inputs().size()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = reg(m.inputs().get(i));
            }
            out = m.op() == io.chunkwise.kernels.Op.ASTYPE ? program.convert(ops[0], m.dtype())
                    : program.apply(m.op(), m.dtype(), m.operandType(), ops, m.s1(), m.s2(), m.scalar());
        } else {
            throw new IllegalStateException("internal: reduction " + e.name() + " must be resolved before lowering");
        }
        regs.put(e, out);
        return out;
    }

    /** Number of expression nodes fused into this program. */
    int fusedNodes() {
        return regs.size();
    }
}
