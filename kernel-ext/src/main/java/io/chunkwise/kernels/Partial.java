package io.chunkwise.kernels;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;

/**
 * The running state of a reduction for a block of output elements: what one chunk contributes,
 * combinable with other partials and finished into the result.
 *
 * <p>Float sums are compensated (Neumaier) across tiles and summed with eight accumulators within a
 * tile; variance keeps (count, mean, M2) per element and combines with Chan's formula; integer sums
 * are exact in 64 bits (wrapping like NumPy's int64). NaN rules follow {@link ReduceOp}.
 */
public final class Partial {
    private final ReduceOp op;
    private final ReduceOp base;
    private final boolean skipNaN;
    private final DType in;
    private final int m;
    private final double[] s;   // sum, product, mean, running min/max (float)
    private final double[] c;   // compensation, or M2 for variance
    private final long[] n;     // counts
    private final long[] ls;    // integer sum/product/min/max, any/all/count
    private final long[] idx;   // arg index
    private long uniform;       // values folded by the column fast path, the same number for every element

    public Partial(ReduceOp op, DType accumulateType, int elements) {
        this.op = op;
        this.base = op.base();
        this.skipNaN = op.skipsNaN();
        this.in = accumulateType;
        this.m = elements;
        boolean f = accumulateType.isFloat();
        s = f || base == ReduceOp.MEAN || base == ReduceOp.VAR || base == ReduceOp.STD ? new double[m] : null;
        c = s != null && (base == ReduceOp.SUM || base == ReduceOp.MEAN || base == ReduceOp.VAR || base == ReduceOp.STD)
                ? new double[m] : null;
        n = new long[m];
        boolean counting = base == ReduceOp.ANY || base == ReduceOp.ALL || base == ReduceOp.COUNT_NONZERO;
        ls = f && !counting ? null : new long[m];
        idx = base == ReduceOp.ARGMIN || base == ReduceOp.ARGMAX ? new long[m] : null;
        fillIdentity();
    }

    /** Sets every element to the op's identity (what a fresh partial holds). */
    private void fillIdentity() {
        if (base == ReduceOp.PROD) {
            if (s != null) {
                java.util.Arrays.fill(s, 1.0);
            }
            if (ls != null) {
                java.util.Arrays.fill(ls, 1L);
            }
        }
        if (base == ReduceOp.ALL) {
            java.util.Arrays.fill(ls, 1L);
        }
    }

    /**
     * Empties this partial for reuse, as if new: a pass that walks many tasks keeps a few partials
     * in circulation instead of allocating (and page-faulting in) one per task.
     */
    public void reset() {
        uniform = 0;
        for (Object a : new Object[] {s, c, n, ls, idx}) {
            if (a instanceof double[] d) {
                java.util.Arrays.fill(d, 0.0);
            } else if (a instanceof long[] l) {
                java.util.Arrays.fill(l, 0L);
            }
        }
        fillIdentity();
    }

    public int elements() {
        return m;
    }

    /** Folds {@code len} values {@code v[off..off+len)} into output element {@code e}; the first has index {@code index0}. */
    public void foldRow(double[] v, int off, int len, int e, long index0) {
        if (len == 0) {
            return;
        }
        switch (base) {
            case SUM -> addSum(e, skipNaN ? Sums.nanSum(v, off, len) : Sums.sum(v, off, len), 0);
            case MEAN -> {
                if (skipNaN) {
                    long k = Sums.countNotNaN(v, off, len);
                    addSum(e, Sums.nanSum(v, off, len), 0);
                    n[e] += k;
                } else {
                    addSum(e, Sums.sum(v, off, len), 0);
                    n[e] += len;
                }
            }
            case VAR, STD -> foldMoments(v, off, len, e);
            case PROD -> {
                double p = s[e];
                for (int i = off; i < off + len; i++) {
                    if (!(skipNaN && Double.isNaN(v[i]))) {
                        p *= v[i];
                    }
                }
                s[e] = p;
            }
            case MIN, MAX -> foldMinMax(v, off, len, e);
            case ARGMIN, ARGMAX -> foldArg(v, off, len, e, index0, 1);
            case ANY, ALL, COUNT_NONZERO -> {
                long k = 0;
                for (int i = off; i < off + len; i++) {
                    if (v[i] != 0) {
                        k++;
                    }
                }
                foldCount(e, k, len);
            }
            default -> throw new IllegalStateException(op.name());
        }
    }

    /**
     * Folds the products {@code ((f[0][i] * f[1][i]) * f[2][i]) ...} of {@code k} factor tiles,
     * {@code i < len}, into output element {@code e} (a float sum or mean).
     */
    public void foldRowProducts(double[][] f, int k, int len, int e) {
        if (len == 0) {
            return;
        }
        addSum(e, Sums.products(f, k, len), 0);
        if (base == ReduceOp.MEAN) {
            n[e] += len;
        }
    }

    /** Folds the products of {@code k} factor tiles into output elements {@code e0 + i}, as {@link #foldColumns}. */
    public void foldColumnsProducts(double[][] f, int k, int len, int e0) {
        double[] a = f[0];
        double[] b = f[1];
        switch (k) {
            case 2 -> {
                for (int i = 0; i < len; i++) {
                    s[e0 + i] += a[i] * b[i];
                }
            }
            case 3 -> {
                double[] c = f[2];
                for (int i = 0; i < len; i++) {
                    s[e0 + i] += a[i] * b[i] * c[i];
                }
            }
            default -> {
                double[] c = f[2];
                double[] d = f[3];
                for (int i = 0; i < len; i++) {
                    s[e0 + i] += a[i] * b[i] * c[i] * d[i];
                }
            }
        }
    }

    /** Integer version of {@link #foldRow(double[], int, int, int, long)}. */
    public void foldRow(long[] v, int off, int len, int e, long index0) {
        if (len == 0) {
            return;
        }
        switch (base) {
            case SUM -> {
                long t = ls[e];
                for (int i = off; i < off + len; i++) {
                    t += v[i];
                }
                ls[e] = t;
                n[e] += len;
            }
            case PROD -> {
                long p = ls[e];
                for (int i = off; i < off + len; i++) {
                    p *= v[i];
                }
                ls[e] = p;
            }
            case MIN, MAX -> {
                boolean max = base == ReduceOp.MAX;
                boolean uns = in == DType.UINT64;
                long cur = ls[e];
                boolean have = n[e] > 0;
                for (int i = off; i < off + len; i++) {
                    long x = v[i];
                    if (!have || better(x, cur, max, uns)) {
                        cur = x;
                        have = true;
                    }
                }
                ls[e] = cur;
                n[e] += len;
            }
            case ARGMIN, ARGMAX -> {
                boolean max = base == ReduceOp.ARGMAX;
                boolean uns = in == DType.UINT64;
                for (int i = 0; i < len; i++) {
                    long x = v[off + i];
                    if (n[e] == 0 || better(x, ls[e], max, uns)) {
                        ls[e] = x;
                        idx[e] = index0 + i;
                        n[e] = 1;
                    }
                }
            }
            case ANY, ALL, COUNT_NONZERO -> {
                long k = 0;
                for (int i = off; i < off + len; i++) {
                    if (v[i] != 0) {
                        k++;
                    }
                }
                foldCount(e, k, len);
            }
            default -> throw new IllegalStateException(op.name() + " accumulates in float");
        }
    }

    /** Folds {@code len} values into {@code len} consecutive output elements starting at {@code e0}. */
    public void foldColumns(double[] v, int off, int len, int e0, long index) {
        if (countsColumns()) {
            // one value per output element: a plain add per column (the chunk-level tree keeps
            // accuracy); the caller reports the count, the same for every element, with countEach
            for (int i = 0; i < len; i++) {
                s[e0 + i] += v[off + i];
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            foldRow(v, off + i, 1, e0 + i, index);
        }
    }

    /**
     * True when {@link #foldColumns(double[], int, int, int, long)} keeps no counts (float sums and
     * means that do not skip NaN): every element of a block gets the same number of values, which
     * the caller reports once with {@link #countEach}.
     */
    public boolean countsColumns() {
        return countsColumns(op, in);
    }

    /** {@link #countsColumns()} for a partial of {@code op} accumulating in {@code accumulateType}. */
    public static boolean countsColumns(ReduceOp op, DType accumulateType) {
        ReduceOp b = op.base();
        return accumulateType.isFloat() && (b == ReduceOp.SUM || b == ReduceOp.MEAN) && !op.skipsNaN();
    }

    /**
     * Folds {@code k <= 4} rows of {@code w} values, row q starting at {@code src[offsets[q]]}, into
     * output elements {@code 0..w}: the column fold of {@link #foldColumns} for several rows in one
     * sweep, so the running sums are loaded and stored once per sweep, and the rows stream in side
     * by side. Only where {@link #countsColumns} holds.
     */
    public void foldRows(double[] src, long[] offsets, int k, int w) {
        int o0 = (int) offsets[0];
        int o1 = k > 1 ? (int) offsets[1] : 0;
        int o2 = k > 2 ? (int) offsets[2] : 0;
        int o3 = k > 3 ? (int) offsets[3] : 0;
        switch (k) {
            case 4 -> {
                for (int i = 0; i < w; i++) {
                    s[i] += (src[o0 + i] + src[o1 + i]) + (src[o2 + i] + src[o3 + i]);
                }
            }
            case 3 -> {
                for (int i = 0; i < w; i++) {
                    s[i] += (src[o0 + i] + src[o1 + i]) + src[o2 + i];
                }
            }
            case 2 -> {
                for (int i = 0; i < w; i++) {
                    s[i] += src[o0 + i] + src[o1 + i];
                }
            }
            default -> {
                for (int i = 0; i < w; i++) {
                    s[i] += src[o0 + i];
                }
            }
        }
    }

    /** Records that every element received {@code k} more values (see {@link #countsColumns}). */
    public void countEach(long k) {
        uniform += k;
    }

    /** Integer version of {@link #foldColumns(double[], int, int, int, long)}. */
    public void foldColumns(long[] v, int off, int len, int e0, long index) {
        if (base == ReduceOp.SUM) {
            for (int i = 0; i < len; i++) {
                ls[e0 + i] += v[off + i];
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            foldRow(v, off + i, 1, e0 + i, index);
        }
    }

    private static boolean better(long x, long cur, boolean max, boolean uns) {
        int cmp = uns ? Long.compareUnsigned(x, cur) : Long.compare(x, cur);
        return max ? cmp > 0 : cmp < 0;
    }

    private void foldCount(int e, long nonzero, int len) {
        switch (base) {
            case ANY -> ls[e] |= nonzero > 0 ? 1 : 0;
            case ALL -> ls[e] &= nonzero == len ? 1 : 0;
            default -> ls[e] += nonzero;
        }
    }

    /** Compensated (Neumaier) merge of float sums, element by element, with no per-element switch. */
    private void combineSums(Partial o) {
        for (int e = 0; e < m; e++) {
            addSum(e, o.s[e], 0);
            c[e] += o.c[e];
            n[e] += o.n[e];
        }
    }

    private void addSum(int e, double x, int ignored) {
        double t = s[e] + x;
        if (Math.abs(s[e]) >= Math.abs(x)) {
            c[e] += (s[e] - t) + x;
        } else {
            c[e] += (x - t) + s[e];
        }
        s[e] = t;
    }

    private void foldMoments(double[] v, int off, int len, int e) {
        if (!skipNaN) {
            double mean = Sums.sum(v, off, len) / len;
            mergeMoments(e, len, mean, Sums.squaredDeviations(v, off, len, mean));
            return;
        }
        long k = 0;
        double sum = 0;
        for (int i = off; i < off + len; i++) {
            if (!(skipNaN && Double.isNaN(v[i]))) {
                sum += v[i];
                k++;
            }
        }
        if (k == 0) {
            return;
        }
        double mean = sum / k;
        double m2 = 0;
        double corr = 0;
        for (int i = off; i < off + len; i++) {
            if (!(skipNaN && Double.isNaN(v[i]))) {
                double d = v[i] - mean;
                m2 += d * d;
                corr += d;
            }
        }
        m2 -= corr * corr / k; // two-pass correction for the rounding of the mean
        mergeMoments(e, k, mean, m2);
    }

    private void mergeMoments(int e, long kb, double meanB, double m2b) {
        long ka = n[e];
        if (ka == 0) {
            n[e] = kb;
            s[e] = meanB;
            c[e] = m2b;
            return;
        }
        long k = ka + kb;
        double delta = meanB - s[e];
        s[e] = s[e] + delta * kb / k;
        c[e] = c[e] + m2b + delta * delta * ((double) ka * kb / k);
        n[e] = k;
    }

    private void foldMinMax(double[] v, int off, int len, int e) {
        boolean max = base == ReduceOp.MAX;
        double cur = n[e] == 0 ? (max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : s[e];
        long valid = 0;
        if (skipNaN) {
            for (int i = off; i < off + len; i++) {
                double x = v[i];
                if (x == x) {
                    valid++;
                    cur = max ? Math.max(cur, x) : Math.min(cur, x);
                }
            }
        } else {
            valid = len;
            for (int i = off; i < off + len; i++) {
                cur = max ? Math.max(cur, v[i]) : Math.min(cur, v[i]);
            }
        }
        if (n[e] == 0 && valid == 0) {
            return;
        }
        s[e] = cur;
        n[e] += valid;
    }

    private void foldArg(double[] v, int off, int len, int e, long index0, int step) {
        boolean max = base == ReduceOp.ARGMAX;
        for (int i = 0; i < len; i++) {
            double x = v[off + i];
            if (n[e] == 0) {
                s[e] = x;
                idx[e] = index0 + (long) i * step;
                n[e] = 1;
            } else if (!Double.isNaN(s[e]) && (Double.isNaN(x) || (max ? x > s[e] : x < s[e]))) {
                s[e] = x; // the first NaN wins, as in NumPy
                idx[e] = index0 + (long) i * step;
            }
        }
    }

    /** Merges a later partial (covering later input elements) into this one. */
    public void combine(Partial o) {
        uniform += o.uniform;
        if ((base == ReduceOp.SUM || base == ReduceOp.MEAN) && s != null) {
            combineSums(o);
            return;
        }
        for (int e = 0; e < m; e++) {
            switch (base) {
                case SUM, MEAN -> {
                    if (s != null) {
                        addSum(e, o.s[e], 0);
                        c[e] += o.c[e];
                    } else {
                        ls[e] += o.ls[e];
                    }
                    n[e] += o.n[e];
                }
                case VAR, STD -> {
                    if (o.n[e] > 0) {
                        mergeMoments(e, o.n[e], o.s[e], o.c[e]);
                    }
                }
                case PROD -> {
                    if (s != null) {
                        s[e] *= o.s[e];
                    } else {
                        ls[e] *= o.ls[e];
                    }
                }
                case MIN, MAX -> {
                    if (o.n[e] == 0) {
                        continue;
                    }
                    boolean max = base == ReduceOp.MAX;
                    if (n[e] == 0) {
                        if (s != null) {
                            s[e] = o.s[e];
                        } else {
                            ls[e] = o.ls[e];
                        }
                    } else if (s != null) {
                        s[e] = max ? Math.max(s[e], o.s[e]) : Math.min(s[e], o.s[e]);
                    } else if (better(o.ls[e], ls[e], max, in == DType.UINT64)) {
                        ls[e] = o.ls[e];
                    }
                    n[e] += o.n[e];
                }
                case ARGMIN, ARGMAX -> {
                    if (o.n[e] == 0) {
                        continue;
                    }
                    boolean max = base == ReduceOp.ARGMAX;
                    boolean take;
                    if (n[e] == 0) {
                        take = true;
                    } else if (s != null) {
                        boolean nanA = Double.isNaN(s[e]);
                        boolean nanB = Double.isNaN(o.s[e]);
                        boolean tie = nanA && nanB || !nanA && !nanB && o.s[e] == s[e];
                        take = tie ? o.idx[e] < idx[e]
                                : !nanA && (nanB || (max ? o.s[e] > s[e] : o.s[e] < s[e]));
                    } else {
                        take = o.ls[e] == ls[e] ? o.idx[e] < idx[e] : better(o.ls[e], ls[e], max, in == DType.UINT64);
                    }
                    if (take) {
                        if (s != null) {
                            s[e] = o.s[e];
                        } else {
                            ls[e] = o.ls[e];
                        }
                        idx[e] = o.idx[e];
                        n[e] = 1;
                    }
                }
                case ANY -> ls[e] |= o.ls[e];
                case ALL -> ls[e] &= o.ls[e];
                case COUNT_NONZERO -> ls[e] += o.ls[e];
                default -> throw new IllegalStateException(op.name());
            }
        }
    }

    /**
     * Writes the finished values of every element into {@code out} (a storage buffer of
     * {@code outType}) at positions {@code pos[e]} (or {@code e} when {@code pos} is null).
     * {@code ddof} applies to VAR and STD.
     */
    public void finish(Object out, DType outType, int[] pos, int ddof) {
        for (int e = 0; e < m; e++) {
            int p = pos == null ? e : pos[e];
            switch (base) {
                case SUM -> {
                    if (s != null) {
                        Buffers.setDouble(out, outType, p, s[e] + c[e]);
                    } else {
                        Buffers.setLong(out, outType, p, ls[e]);
                    }
                }
                case MEAN -> {
                    long k = n[e] + uniform;
                    Buffers.setDouble(out, outType, p, k == 0 ? Double.NaN : (s[e] + c[e]) / k);
                }
                case VAR, STD -> {
                    double var = n[e] - ddof <= 0 ? Double.NaN : Math.max(0, c[e]) / (n[e] - ddof);
                    Buffers.setDouble(out, outType, p, base == ReduceOp.STD ? Math.sqrt(var) : var);
                }
                case PROD -> {
                    if (s != null) {
                        Buffers.setDouble(out, outType, p, s[e]);
                    } else {
                        Buffers.setLong(out, outType, p, ls[e]);
                    }
                }
                case MIN, MAX -> {
                    if (s != null) {
                        Buffers.setDouble(out, outType, p, n[e] == 0 ? Double.NaN : s[e]);
                    } else {
                        Buffers.setLong(out, outType, p, ls[e]);
                    }
                }
                case ARGMIN, ARGMAX -> Buffers.setLong(out, outType, p, idx[e]);
                default -> Buffers.setLong(out, outType, p, ls[e]);
            }
        }
    }

    /** Whether element {@code e} saw no values (min/max of an empty or all-NaN selection). */
    public boolean isEmpty(int e) {
        return n[e] == 0 && (base == ReduceOp.MIN || base == ReduceOp.MAX || base == ReduceOp.ARGMIN
                || base == ReduceOp.ARGMAX);
    }
}
