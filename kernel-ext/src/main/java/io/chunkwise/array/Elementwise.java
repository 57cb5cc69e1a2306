package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.kernels.Op;

import java.util.Arrays;
import java.util.List;

/** Builds elementwise nodes: dtype rules, broadcasting and the output chunk grid, checked at build time. */
final class Elementwise {
    private Elementwise() {
    }

    static ChunkedArray binary(Op op, ChunkedArray a, ChunkedArray b) {
        long[] shape = broadcastShapes(op, a.shape(), b.shape());
        DType operand = DType.promote(a.dtype(), b.dtype());
        DType out = resultType(op, operand);
        if (op == Op.AND || op == Op.OR) {
            requireBool(op, a.dtype());
            requireBool(op, b.dtype());
        }
        if (op == Op.DIV || op == Op.POW && operand.isFloat()) {
            operand = out;
        }
        Expr e = new Expr.Map(op, List.of(a.expr(), b.expr()), 0, 0, false, out, operand, shape);
        return new ChunkedArray(e, unify(shape, a, b));
    }

    static ChunkedArray scalar(Op op, ChunkedArray a, double s, boolean floatScalar) {
        DType operand = DType.promoteWithScalar(a.dtype(), floatScalar);
        if (op == Op.AND || op == Op.OR) {
            requireBool(op, a.dtype());
            operand = DType.BOOL;
        }
        if (!operand.isFloat()) {
            if (op == Op.POW && s < 0) {
                throw new IllegalArgumentException("integers to negative integer powers are not allowed: "
                        + a.dtype() + " array to the power " + (long) s + "; use astype(DType.FLOAT64) first");
            }
            checkIntScalar(op, operand, s);
        }
        DType out = resultType(op, operand);
        if (op == Op.DIV) {
            operand = out;
        }
        double sv = operand == DType.FLOAT32 ? (float) s : s;
        Expr e = new Expr.Map(op, List.of(a.expr()), sv, 0, true, out, operand, a.shape());
        return new ChunkedArray(e, a.chunks());
    }

    private static void checkIntScalar(Op op, DType t, double s) {
        if (op.isComparison()) {
            return;
        }
        if (s < t.minValue() || s > t.maxValue()) {
            throw new IllegalArgumentException("the scalar " + (long) s + " is out of bounds for " + t + " (range "
                    + (long) t.minValue() + " to " + (long) t.maxValue() + ") in " + op.label()
                    + "; convert the array first, e.g. astype(DType.INT64) or astype(DType.FLOAT64)");
        }
    }

    static ChunkedArray unary(Op op, ChunkedArray a) {
        DType in = a.dtype();
        DType operand;
        DType out;
        switch (op) {
            case NEG, ABS -> {
                if (in == DType.BOOL) {
                    throw new IllegalArgumentException(op.label() + "() is not defined for bool arrays; "
                            + "use not() or astype(DType.INT8) first");
                }
                operand = in;
                out = in;
            }
            case NOT -> {
                requireBool(op, in);
                operand = in;
                out = in;
            }
            case ISNAN -> {
                operand = in;
                out = DType.BOOL;
            }
            default -> { // sqrt, exp, log, log10, sin, cos, floor, ceil
                operand = in.toFloat();
                out = operand;
            }
        }
        Expr e = new Expr.Map(op, List.of(a.expr()), 0, 0, false, out, operand, a.shape());
        return new ChunkedArray(e, a.chunks());
    }

    static ChunkedArray astype(ChunkedArray a, DType to) {
        if (a.dtype() == to) {
            return a;
        }
        Expr e = new Expr.Map(Op.ASTYPE, List.of(a.expr()), 0, 0, false, to, a.dtype(), a.shape());
        return new ChunkedArray(e, a.chunks());
    }

    static ChunkedArray clip(ChunkedArray a, double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("clip range [" + lo + ", " + hi + "] is invalid; expected lo <= hi, neither NaN");
        }
        boolean integral = lo == Math.rint(lo) && hi == Math.rint(hi);
        DType t = a.dtype().isFloat() || integral ? a.dtype() : DType.FLOAT64;
        if (t == DType.BOOL) {
            t = DType.INT64;
        }
        double l = t.isFloat() ? lo : Math.max(lo, t.minValue());
        double h = t.isFloat() ? hi : Math.min(hi, t.maxValue());
        if (t == DType.FLOAT32) {
            l = (float) l;
            h = (float) h;
        }
        Expr e = new Expr.Map(Op.CLIP, List.of(a.expr()), l, h, true, t, t, a.shape());
        return new ChunkedArray(e, a.chunks());
    }

    static ChunkedArray where(ChunkedArray cond, ChunkedArray a, ChunkedArray b) {
        long[] shape = broadcastShapes(Op.WHERE, broadcastShapes(Op.WHERE, cond.shape(), a.shape()), b.shape());
        DType t = DType.promote(a.dtype(), b.dtype());
        Expr e = new Expr.Map(Op.WHERE, List.of(cond.expr(), a.expr(), b.expr()), 0, 0, false, t, t, shape);
        return new ChunkedArray(e, unify(shape, cond, a, b));
    }

    private static DType resultType(Op op, DType operand) {
        if (op.isComparison()) {
            return DType.BOOL;
        }
        if (op == Op.DIV) {
            return operand.isFloat() ? operand : DType.FLOAT64;
        }
        return operand;
    }

    private static void requireBool(Op op, DType t) {
        if (t != DType.BOOL) {
            throw new IllegalArgumentException(op.label() + "() needs bool arrays but got " + t
                    + "; compare first, e.g. x.gt(0)." + op.label() + "(y.lt(10))");
        }
    }

    /** NumPy broadcasting of two shapes, or an error naming both. */
    static long[] broadcastShapes(Op op, long[] a, long[] b) {
        int nd = Math.max(a.length, b.length);
        long[] out = new long[nd];
        for (int i = 0; i < nd; i++) {
            int ia = a.length - nd + i;
            int ib = b.length - nd + i;
            long da = ia < 0 ? 1 : a[ia];
            long db = ib < 0 ? 1 : b[ib];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + " do not broadcast in " + op.label() + ": axis " + i + " has " + da + " vs " + db
                        + "; lengths must match or one must be 1");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** The output grid: per axis, the chunks of the first input that spans that axis. */
    private static Chunks unify(long[] shape, ChunkedArray... ins) {
        int nd = shape.length;
        int[][] lengths = new int[nd][];
        for (int a = 0; a < nd; a++) {
            for (ChunkedArray in : ins) {
                int ia = in.ndim() - nd + a;
                if (ia >= 0 && in.shape()[ia] == shape[a]) {
                    lengths[a] = in.chunks().lengths(ia);
                    break;
                }
            }
            if (lengths[a] == null) {
                lengths[a] = new int[] {(int) shape[a]};
            }
        }
        return Chunks.ofLengths(shape, lengths);
    }
}
