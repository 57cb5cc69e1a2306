package io.chunkwise.array;

import io.chunkwise.graph.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers of an array's expression as the user sees them (one per operation, Dask's "graph
 * layers") and how they fuse: elementwise layers join the pass of what consumes them; each
 * reduction ends a pass. Computed from metadata only.
 */
public final class GraphInfo {
    private GraphInfo() {
    }

    /**
     * One layer: its name, kind ("source", "elementwise", "reduction"), chunk count, and the fused
     * pass (0-based) it runs in. Layers with the same {@code pass} run as one task per chunk.
     */
    public record Layer(String name, String kind, long chunks, int pass) {
    }

    static List<Layer> layers(ChunkedArray x) {
        List<Layer> out = new ArrayList<>();
        Map<Expr, Integer> seen = new IdentityHashMap<>();
        int[] passes = {0};
        walk(x.expr(), x.chunks().numChunks(), out, seen, passes, 0);
        return out;
    }

    private static int walk(Expr e, long chunks, List<Layer> out, Map<Expr, Integer> seen, int[] passes, int pass) {
        Integer p = seen.get(e);
        if (p != null) {
            return p;
        }
        if (e instanceof Expr.Reduce r) {
            int inner = passes[0]++;
            walk(r.input(), r.inputChunks().numChunks(), out, seen, passes, inner);
            out.add(new Layer(r.name(), "reduction", r.inputChunks().numChunks(), inner));
            seen.put(e, inner);
            return inner;
        } else if (e instanceof Expr.Map m) {
            for (Expr in : m.inputs()) {
                walk(in, chunks, out, seen, passes, pass);
            }
            out.add(new Layer(m.name(), "elementwise", chunks, pass));
        } else if (e instanceof Expr.Source s && s.source() instanceof io.chunkwise.graph.DerivedSource d) {
            for (Expr in : d.inputs()) {
                walk(in, chunks, out, seen, passes, pass);
            }
            out.add(new Layer(d.name(), "structural", chunks, pass));
        } else {
            out.add(new Layer(e.name(), "source", chunks, pass));
        }
        seen.put(e, pass);
        return pass;
    }

    /** Tasks a compute runs after fusion: one per chunk of every pass. */
    static long taskCount(ChunkedArray x) {
        long tasks = 0;
        Map<Integer, Long> perPass = new java.util.HashMap<>();
        for (Layer l : layers(x)) {
            perPass.merge(l.pass(), l.chunks(), Math::max);
        }
        for (long t : perPass.values()) {
            tasks += t;
        }
        if (!(x.expr() instanceof Expr.Reduce)) {
            tasks = Math.max(tasks, x.numChunks());
        }
        return tasks;
    }
}
