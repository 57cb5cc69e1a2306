package io.chunkwise.graph;

import io.chunkwise.array.DenseArray;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the reductions that feed elementwise trees (e.g. the mean in {@code x.sub(x.mean())})
 * before the tree runs, replacing each by an in-memory source. Each reduction node is computed once
 * per resolver even when it is used several times.
 */
final class Resolver {
    private final Scheduler scheduler;
    private final Map<Expr, Expr> done = new IdentityHashMap<>();

    Resolver(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** {@code e} with every reduction below it replaced by its computed values. */
    Expr resolve(Expr e) {
        Expr r = done.get(e);
        if (r != null) {
            return r;
        }
        Expr out;
        if (e instanceof Expr.Map m) {
            List<Expr> ins = new ArrayList<>();
            boolean changed = false;
            for (Expr in : m.inputs()) {
                Expr ri = resolve(in);
                changed |= ri != in;
                ins.add(ri);
            }
            out = changed ? new Expr.Map(m.op(), ins, m.s1(), m.s2(), m.scalar(), m.dtype(), m.operandType(),
                    m.shape()) : m;
        } else if (e instanceof Expr.Reduce red) {
            DenseArray values = Engine.reduce(red, resolve(red.input()), scheduler);
            out = new Expr.Source(new InMemorySource(values), red.name());
        } else if (e instanceof Expr.Source s && s.source() instanceof DerivedSource d) {
            List<Expr> ins = new ArrayList<>();
            boolean changed = false;
            for (Expr in : d.inputs()) {
                Expr ri = resolve(in);
                changed |= ri != in;
                ins.add(ri);
            }
            out = changed ? new Expr.Source(d.withInputs(ins), s.name()) : s;
        } else {
            out = e;
        }
        done.put(e, out);
        return out;
    }

    /** Resolves the input of a reduction root (the root itself runs as a consumer). */
    Expr resolveRootInput(Expr.Reduce red) {
        return resolve(red.input());
    }
}
