package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.kernels.Op;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds integer products and powers that can overflow their dtype, from the dtypes' ranges alone
 * (no data is read): the seed guide's {@code x*x*x} on uint16 wraps for almost every pixel in NumPy.
 */
final class OverflowCheck {
    private OverflowCheck() {
    }

    static List<String> warnings(Expr root) {
        List<String> out = new ArrayList<>();
        range(root, new IdentityHashMap<>(), out);
        return new ArrayList<>(new java.util.LinkedHashSet<>(out));
    }

    /** The [lo, hi] an expression's values can take. */
    private static double[] range(Expr e, Map<Expr, double[]> memo, List<String> out) {
        double[] r = memo.get(e);
        if (r != null) {
            return r;
        }
        DType t = e.dtype();
        double[] full = {t.minValue(), t.maxValue()};
        r = full;
        if (e instanceof Expr.Source s && s.source() instanceof io.chunkwise.graph.DerivedSource d) {
            for (Expr in : d.inputs()) {
                range(in, memo, out);
            }
        } else if (e instanceof Expr.Map m) {
            List<double[]> ins = new ArrayList<>();
            for (Expr in : m.inputs()) {
                ins.add(range(in, memo, out));
            }
            if (!t.isFloat() && t != DType.BOOL && (m.op() == Op.MUL || m.op() == Op.POW || m.op() == Op.ADD)) {
                double[] a = ins.get(0);
                double[] b = m.scalar() ? new double[] {m.s1(), m.s1()} : ins.get(1);
                double[] v = switch (m.op()) {
                    case MUL -> product(a, b);
                    case ADD -> new double[] {a[0] + b[0], a[1] + b[1]};
                    default -> power(a, b);
                };
                if (v[0] < t.minValue() || v[1] > t.maxValue()) {
                    if (m.op() != Op.ADD) {
                        out.add(describe(m, v, t));
                    }
                } else {
                    r = v;
                }
            } else if (m.op() == Op.ASTYPE) {
                double[] a = ins.get(0);
                // a cast keeps values that fit; anything else wraps, so any value of the target is possible
                r = a[0] >= t.minValue() && a[1] <= t.maxValue() ? a : full;
            }
        }
        memo.put(e, r);
        return r;
    }

    private static double[] product(double[] a, double[] b) {
        double p1 = a[0] * b[0];
        double p2 = a[0] * b[1];
        double p3 = a[1] * b[0];
        double p4 = a[1] * b[1];
        return new double[] {Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4))};
    }

    private static double[] power(double[] a, double[] b) {
        double e = Math.max(0, b[1]);
        double m = Math.max(Math.abs(a[0]), Math.abs(a[1]));
        double p = Math.pow(m, e);
        return new double[] {a[0] < 0 ? -p : 0, p};
    }

    private static String describe(Expr.Map m, double[] v, DType t) {
        return String.format(java.util.Locale.ROOT,
                "integer overflow: %s on %s can reach %.3g, beyond the %s range [%s, %s], and then wraps around "
                        + "silently (as in NumPy). Convert first, e.g. x.astype(DType.FLOAT32).%s(...)",
                m.op().label(), t, Math.max(Math.abs(v[0]), Math.abs(v[1])), t, (long) t.minValue(),
                t == DType.UINT64 ? "18446744073709551615" : String.valueOf((long) t.maxValue()), m.op().label());
    }
}
