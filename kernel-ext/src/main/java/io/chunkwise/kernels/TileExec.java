package io.chunkwise.kernels;

import io.chunkwise.array.DType;

/**
 * Runs a {@link TileProgram} over one tile at a time with reusable scratch registers. Not
 * thread-safe: each worker thread has its own.
 */
public final class TileExec {
    private final TileProgram.Instr[] instrs;
    private final TileProgram program;
    private final double[][] d;
    private final long[][] l;

    TileExec(TileProgram program) {
        this.program = program;
        this.instrs = program.instructions();
        int n = program.regCount();
        d = new double[n][];
        l = new long[n][];
        for (int r = 0; r < n; r++) {
            if (program.regType(r).isFloat()) {
                d[r] = new double[TileProgram.TILE];
            } else {
                l[r] = new long[TileProgram.TILE];
            }
        }
    }

    /**
     * Runs the program over {@code n <= TILE} elements starting at {@code offsets[i]} in leaf i: a
     * storage buffer, or {@link FlatValues} read from that flat index.
     */
    public void run(Object[] leaves, long[] offsets, int n) {
        for (TileProgram.Instr in : instrs) {
            switch (in.kind()) {
                case TileProgram.LOAD -> Loads.load(leaves[in.leaf()], in.outType(), offsets[in.leaf()], n,
                        d[in.out()], l[in.out()]);
                case TileProgram.CONVERT -> Casts.convert(in.operandType(), d[in.a()], l[in.a()], in.outType(),
                        d[in.out()], l[in.out()], n);
                default -> apply(in, n);
            }
        }
    }

    private void apply(TileProgram.Instr in, int n) {
        DType t = in.operandType();
        int o = in.out();
        if (t.isFloat()) {
            if (in.op() == Op.WHERE) {
                Loops.where(l[in.a()], d[in.b()], d[in.c()], d[o], n);
            } else if (in.op().isComparison() || in.op() == Op.ISNAN) {
                Loops.compareD(in.op(), d[in.a()], in.b() < 0 ? null : d[in.b()], in.s1(), in.scalar(), l[o], n);
            } else {
                Loops.applyD(in.op(), d[in.a()], in.b() < 0 ? null : d[in.b()], in.s1(), in.s2(), in.scalar(), d[o], n);
                if (in.outType() == DType.FLOAT32) {
                    Loops.roundToFloat(d[o], n);
                }
            }
        } else {
            if (in.op() == Op.WHERE) {
                Loops.where(l[in.a()], l[in.b()], l[in.c()], l[o], n);
            } else if (in.op().isComparison() || in.op() == Op.ISNAN) {
                Loops.compareL(in.op(), t == DType.UINT64, l[in.a()], in.b() < 0 ? null : l[in.b()],
                        (long) in.s1(), in.scalar(), l[o], n);
            } else {
                Loops.applyL(in.op(), t, l[in.a()], in.b() < 0 ? null : l[in.b()], in.s1(), in.s2(), in.scalar(), l[o], n);
                if (in.outType().itemSize() < 8 || in.outType() == DType.BOOL) {
                    Loops.wrap(in.outType(), l[o], n);
                }
            }
        }
    }

    /** The double tile of a float register (valid after {@link #run}). */
    public double[] doubles(int reg) {
        return d[reg];
    }

    /** The long tile of an integer or BOOL register (valid after {@link #run}). */
    public long[] longs(int reg) {
        return l[reg];
    }

    public TileProgram program() {
        return program;
    }
}
