package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The manifest's per-band statistics computed from a decoded band buffer, with NumPy's rules:
 * float64 accumulation (compensated), population std, nodata (or NaN) excluded from valid_*,
 * 10-bin histogram over [valid_min, valid_max] with the last bin closed.
 */
final class BandStats {
    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double std;
    boolean anyNaN;
    long validCount;
    long nodataCount;
    double validSum;
    double validMin = Double.POSITIVE_INFINITY;
    double validMax = Double.NEGATIVE_INFINITY;
    double validStd;
    long[] histCounts = new long[10];
    double[] histEdges = new double[11];
    String sha256;

    static BandStats of(Object buf, DType dtype, double nodata) {
        BandStats s = new BandStats();
        int n = Buffers.length(buf);
        s.count = n;
        double[] v = new double[n];
        boolean[] valid = new boolean[n];
        for (int i = 0; i < n; i++) {
            v[i] = Buffers.getDouble(buf, dtype, i);
            valid[i] = !Double.isNaN(v[i]) && !(v[i] == nodata);
            if (Double.isNaN(v[i])) {
                s.anyNaN = true;
            }
        }
        double[] all = moments(v, null);
        s.sum = all[0];
        s.std = all[1];
        double[] val = moments(v, valid);
        s.validSum = val[0];
        s.validStd = val[1];
        for (int i = 0; i < n; i++) {
            s.min = Math.min(s.min, v[i]);
            s.max = Math.max(s.max, v[i]);
            if (valid[i]) {
                s.validCount++;
                s.validMin = Math.min(s.validMin, v[i]);
                s.validMax = Math.max(s.validMax, v[i]);
            }
        }
        s.nodataCount = n - s.validCount;
        s.histogram(v, valid);
        s.sha256 = sha256(buf, dtype);
        return s;
    }

    /** {compensated sum, population std} over the selected values. */
    private static double[] moments(double[] v, boolean[] sel) {
        double sum = 0;
        double c = 0;
        long n = 0;
        for (int i = 0; i < v.length; i++) {
            if (sel == null || sel[i]) {
                double t = sum + v[i];
                c += Math.abs(sum) >= Math.abs(v[i]) ? (sum - t) + v[i] : (v[i] - t) + sum;
                sum = t;
                n++;
            }
        }
        sum += c;
        double mean = sum / n;
        double ss = 0;
        double cc = 0;
        for (int i = 0; i < v.length; i++) {
            if (sel == null || sel[i]) {
                double d = (v[i] - mean) * (v[i] - mean);
                double t = ss + d;
                cc += ss >= d ? (ss - t) + d : (d - t) + ss;
                ss = t;
            }
        }
        return new double[] {sum, Math.sqrt((ss + cc) / n)};
    }

    /** numpy.histogram(valid, bins=10, range=(min, max)), index rule included. */
    private void histogram(double[] v, boolean[] valid) {
        int bins = 10;
        double lo = validMin;
        double hi = validMax;
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            histEdges[i] = i * step + lo;
        }
        histEdges[bins] = hi;
        double norm = bins / (hi - lo);
        for (int i = 0; i < v.length; i++) {
            if (!valid[i]) {
                continue;
            }
            int k = (int) ((v[i] - lo) * norm);
            if (k == bins) {
                k--;
            }
            if (v[i] < histEdges[k]) {
                k--;
            }
            if (v[i] >= histEdges[k + 1] && k != bins - 1) {
                k++;
            }
            histCounts[k]++;
        }
    }

    /** SHA-256 of the buffer as little-endian bytes. */
    static String sha256(Object buf, DType dtype) {
        int n = Buffers.length(buf);
        ByteBuffer b = ByteBuffer.allocate(n * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        if (buf instanceof byte[] a) {
            b.put(a);
        } else if (buf instanceof short[] a) {
            b.asShortBuffer().put(a);
        } else if (buf instanceof int[] a) {
            b.asIntBuffer().put(a);
        } else if (buf instanceof long[] a) {
            b.asLongBuffer().put(a);
        } else if (buf instanceof float[] a) {
            b.asFloatBuffer().put(a);
        } else {
            b.asDoubleBuffer().put((double[]) buf);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
