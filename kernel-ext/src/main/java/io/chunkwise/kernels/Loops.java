package io.chunkwise.kernels;

import io.chunkwise.array.DType;

/**
 * The tight loops behind each {@link Op}, one per op and register path. NaN rule: arithmetic and
 * {@code maximum}/{@code minimum} propagate NaN (as NumPy); comparisons with NaN are false except
 * {@code ne}.
 */
final class Loops {
    private Loops() {
    }

    static void applyD(Op op, double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
        switch (op) {
            case ADD -> dAdd(a, b, s, s2, scalar, o, n);
            case SUB -> dSub(a, b, s, s2, scalar, o, n);
            case MUL -> dMul(a, b, s, s2, scalar, o, n);
            case DIV -> dDiv(a, b, s, s2, scalar, o, n);
            case POW -> dPow(a, b, s, s2, scalar, o, n);
            case MOD -> dMod(a, b, s, s2, scalar, o, n);
            case MAXIMUM -> dMaximum(a, b, s, s2, scalar, o, n);
            case MINIMUM -> dMinimum(a, b, s, s2, scalar, o, n);
            case NEG -> dNeg(a, b, s, s2, scalar, o, n);
            case ABS -> dAbs(a, b, s, s2, scalar, o, n);
            case SQRT -> dSqrt(a, b, s, s2, scalar, o, n);
            case EXP -> dExp(a, b, s, s2, scalar, o, n);
            case LOG -> dLog(a, b, s, s2, scalar, o, n);
            case LOG10 -> dLog10(a, b, s, s2, scalar, o, n);
            case SIN -> dSin(a, b, s, s2, scalar, o, n);
            case COS -> dCos(a, b, s, s2, scalar, o, n);
            case FLOOR -> dFloor(a, b, s, s2, scalar, o, n);
            case CEIL -> dCeil(a, b, s, s2, scalar, o, n);
            case CLIP -> dClip(a, b, s, s2, scalar, o, n);
            default -> throw new IllegalStateException(op + " has no floating-point loop");
        }
    }

    /** NumPy's power: like Math.pow except that pow(1, NaN) and pow(NaN, 0) follow IEEE (1). */
    private static double pow(double a, double b) {
        return Math.pow(a, b);
    }

    /** NumPy's float remainder: the sign of the divisor; NaN when dividing by zero. */
    static double floorMod(double a, double b) {
        if (b == 0 || Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a)) {
            return Double.NaN;
        }
        if (Double.isInfinite(b)) {
            return (a == 0 || (a > 0) == (b > 0)) ? a : b;
        }
        double m = a % b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            m += b;
        } else if (m == 0) {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static void applyL(Op op, DType t, long[] a, long[] b, double sd, double sd2, boolean scalar, long[] o, int n) {
        long s = (long) sd;
        boolean unsigned = t == DType.UINT64;
        switch (op) {
            case ADD -> lAdd(a, b, s, sd2, unsigned, scalar, o, n);
            case SUB -> lSub(a, b, s, sd2, unsigned, scalar, o, n);
            case MUL -> lMul(a, b, s, sd2, unsigned, scalar, o, n);
            case POW -> lPow(a, b, s, sd2, unsigned, scalar, o, n);
            case MOD -> lMod(a, b, s, sd2, unsigned, scalar, o, n);
            case MAXIMUM -> lMaximum(a, b, s, sd2, unsigned, scalar, o, n);
            case MINIMUM -> lMinimum(a, b, s, sd2, unsigned, scalar, o, n);
            case AND -> lAnd(a, b, s, sd2, unsigned, scalar, o, n);
            case OR -> lOr(a, b, s, sd2, unsigned, scalar, o, n);
            case NOT -> lNot(a, b, s, sd2, unsigned, scalar, o, n);
            case NEG -> lNeg(a, b, s, sd2, unsigned, scalar, o, n);
            case ABS -> lAbs(a, b, s, sd2, unsigned, scalar, o, n);
            case CLIP -> lClip(a, b, s, sd2, unsigned, scalar, o, n);
            default -> throw new IllegalStateException(op + " has no integer loop");
        }
    }

    /** Integer power with wrap-around, as NumPy computes it in the array's type. */
    static long ipow(long base, long exp) {
        if (exp < 0) {
            throw new ArithmeticException("integers to negative integer powers are not allowed (got exponent "
                    + exp + "); convert to float first with astype(DType.FLOAT64)");
        }
        long r = 1;
        long b = base;
        long e = exp;
        while (e != 0) {
            if ((e & 1) != 0) {
                r *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return r;
    }

    static void compareD(Op op, double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
        switch (op) {
            case GT -> cGt(a, b, s, scalar, o, n);
            case GE -> cGe(a, b, s, scalar, o, n);
            case LT -> cLt(a, b, s, scalar, o, n);
            case LE -> cLe(a, b, s, scalar, o, n);
            case EQ -> cEq(a, b, s, scalar, o, n);
            case NE -> cNe(a, b, s, scalar, o, n);
            case ISNAN -> cIsnan(a, b, s, scalar, o, n);
            default -> throw new IllegalStateException(op + " is not a comparison");
        }
    }

    static void compareL(Op op, boolean unsigned, long[] a, long[] b, long s, boolean scalar, long[] o, int n) {
        if (op == Op.ISNAN) {
            java.util.Arrays.fill(o, 0, n, 0);
            return;
        }
        for (int i = 0; i < n; i++) {
            long y = scalar ? s : b[i];
            int c = unsigned ? Long.compareUnsigned(a[i], y) : Long.compare(a[i], y);
            boolean r = switch (op) {
                case GT -> c > 0;
                case GE -> c >= 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                default -> c != 0;
            };
            o[i] = r ? 1 : 0;
        }
    }

    static void where(long[] cond, double[] a, double[] b, double[] o, int n) {
        for (int i = 0; i < n; i++) {
            o[i] = cond[i] != 0 ? a[i] : b[i];
        }
    }

    static void where(long[] cond, long[] a, long[] b, long[] o, int n) {
        for (int i = 0; i < n; i++) {
            o[i] = cond[i] != 0 ? a[i] : b[i];
        }
    }

    static void roundToFloat(double[] d, int n) {
        for (int i = 0; i < n; i++) {
            d[i] = (float) d[i];
        }
    }

    /** Wraps longs to an integer dtype's width (BOOL becomes 0/1). */
    static void wrap(DType t, long[] l, int n) {
        switch (t) {
            case BOOL -> {
                for (int i = 0; i < n; i++) {
                    l[i] = l[i] != 0 ? 1 : 0;
                }
            }
            case INT8 -> {
                for (int i = 0; i < n; i++) {
                    l[i] = (byte) l[i];
                }
            }
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    l[i] &= 0xFFL;
                }
            }
            case INT16 -> {
                for (int i = 0; i < n; i++) {
                    l[i] = (short) l[i];
                }
            }
            case UINT16 -> {
                for (int i = 0; i < n; i++) {
                    l[i] &= 0xFFFFL;
                }
            }
            case INT32 -> {
                for (int i = 0; i < n; i++) {
                    l[i] = (int) l[i];
                }
            }
            case UINT32 -> {
                for (int i = 0; i < n; i++) {
                    l[i] &= 0xFFFF_FFFFL;
                }
            }
            default -> {
            }
        }
    }

    private static void dAdd(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] + s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] + b[i];
                    }
                }
            }

    private static void dSub(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] - s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] - b[i];
                    }
                }
            }

    private static void dMul(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] * s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] * b[i];
                    }
                }
            }

    private static void dDiv(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] / s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] / b[i];
                    }
                }
            }

    private static void dPow(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = pow(a[i], scalar ? s : b[i]);
                }
            }

    private static void dMod(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = floorMod(a[i], scalar ? s : b[i]);
                }
            }

    private static void dMaximum(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.max(a[i], scalar ? s : b[i]);
                }
            }

    private static void dMinimum(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.min(a[i], scalar ? s : b[i]);
                }
            }

    private static void dNeg(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = -a[i];
                }
            }

    private static void dAbs(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.abs(a[i]);
                }
            }

    private static void dSqrt(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.sqrt(a[i]);
                }
            }

    private static void dExp(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.exp(a[i]);
                }
            }

    private static void dLog(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.log(a[i]);
                }
            }

    private static void dLog10(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.log10(a[i]);
                }
            }

    private static void dSin(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.sin(a[i]);
                }
            }

    private static void dCos(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.cos(a[i]);
                }
            }

    private static void dFloor(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.floor(a[i]);
                }
            }

    private static void dCeil(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Math.ceil(a[i]);
                }
            }

    private static void dClip(double[] a, double[] b, double s, double s2, boolean scalar, double[] o, int n) {
                for (int i = 0; i < n; i++) {
                    double v = a[i];
                    o[i] = Double.isNaN(v) ? v : v < s ? s : v > s2 ? s2 : v;
                }
            }

    private static void lAdd(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] + s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] + b[i];
                    }
                }
            }

    private static void lSub(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] - s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] - b[i];
                    }
                }
            }

    private static void lMul(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                if (scalar) {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] * s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] * b[i];
                    }
                }
            }

    private static void lPow(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = ipow(a[i], scalar ? s : b[i]);
                }
            }

    private static void lMod(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    long d = scalar ? s : b[i];
                    o[i] = d == 0 ? 0 : unsigned ? Long.remainderUnsigned(a[i], d) : Math.floorMod(a[i], d);
                }
            }

    private static void lMaximum(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    long y = scalar ? s : b[i];
                    o[i] = (unsigned ? Long.compareUnsigned(a[i], y) >= 0 : a[i] >= y) ? a[i] : y;
                }
            }

    private static void lMinimum(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    long y = scalar ? s : b[i];
                    o[i] = (unsigned ? Long.compareUnsigned(a[i], y) <= 0 : a[i] <= y) ? a[i] : y;
                }
            }

    private static void lAnd(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] & (scalar ? s : b[i]);
                }
            }

    private static void lOr(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] | (scalar ? s : b[i]);
                }
            }

    private static void lNot(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] ^ 1;
                }
            }

    private static void lNeg(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = -a[i];
                }
            }

    private static void lAbs(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = unsigned ? a[i] : Math.abs(a[i]);
                }
            }

    private static void lClip(long[] a, long[] b, long s, double sd2, boolean unsigned, boolean scalar, long[] o, int n) {
                long lo = s;
                long hi = (long) sd2;
                for (int i = 0; i < n; i++) {
                    long v = a[i];
                    o[i] = v < lo ? lo : v > hi ? hi : v;
                }
            }

    private static void cGt(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] > (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cGe(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] >= (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cLt(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] < (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cLe(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] <= (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cEq(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] == (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cNe(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = a[i] != (scalar ? s : b[i]) ? 1 : 0;
                }
            }

    private static void cIsnan(double[] a, double[] b, double s, boolean scalar, long[] o, int n) {
                for (int i = 0; i < n; i++) {
                    o[i] = Double.isNaN(a[i]) ? 1 : 0;
                }
            }
}
