package io.chunkwise.io.geotiff;

/**
 * TIFF predictors, applied row by row: horizontal differencing (Predictor 2, on integer sample
 * values of any width, wrapping) and the floating-point predictor (Predictor 3: the bytes of each
 * row's samples split into planes, most significant first, then byte-wise differenced).
 *
 * <p>{@code spp} is the distance between a sample and its left neighbour of the same band: the
 * samples per pixel inside the block (1 for planar blocks).
 */
final class Predictors {
    private Predictors() {
    }

    /**
     * Undoes horizontal differencing in place on {@code rows} rows of {@code rowLen} samples of a
     * primitive array, starting at {@code off}, rows {@code stride} apart.
     */
    static void undoHorizontal(Object a, int off, int rows, int rowLen, int stride, int spp) {
        for (int r = 0; r < rows; r++) {
            int from = off + r * stride + spp;
            int to = off + r * stride + rowLen;
            if (a instanceof byte[] b) {
                for (int i = from; i < to; i++) {
                    b[i] += b[i - spp];
                }
            } else if (a instanceof short[] s) {
                for (int i = from; i < to; i++) {
                    s[i] += s[i - spp];
                }
            } else if (a instanceof int[] v) {
                for (int i = from; i < to; i++) {
                    v[i] += v[i - spp];
                }
            } else if (a instanceof long[] l) {
                for (int i = from; i < to; i++) {
                    l[i] += l[i - spp];
                }
            } else {
                throw new IllegalStateException("horizontal predictor on " + a.getClass().getSimpleName());
            }
        }
    }

    /** Applies horizontal differencing in place (the inverse of {@link #undoHorizontal}). */
    static void applyHorizontal(Object a, int rows, int rowLen, int spp) {
        for (int r = 0; r < rows; r++) {
            int from = r * rowLen + spp;
            int last = (r + 1) * rowLen - 1;
            if (a instanceof byte[] b) {
                for (int i = last; i >= from; i--) {
                    b[i] -= b[i - spp];
                }
            } else if (a instanceof short[] s) {
                for (int i = last; i >= from; i--) {
                    s[i] -= s[i - spp];
                }
            } else if (a instanceof int[] v) {
                for (int i = last; i >= from; i--) {
                    v[i] -= v[i - spp];
                }
            } else if (a instanceof long[] l) {
                for (int i = last; i >= from; i--) {
                    l[i] -= l[i - spp];
                }
            } else {
                throw new IllegalStateException("horizontal predictor on " + a.getClass().getSimpleName());
            }
        }
    }

    /**
     * Undoes the floating-point predictor: {@code raw} holds from {@code off} {@code rows} rows of
     * {@code rowLen} samples of {@code bps} bytes (4 or 8) as stored; the values go to {@code out}
     * ({@code float[]} or {@code double[]}). {@code raw} is used as scratch.
     */
    static void undoFloat(byte[] raw, int off, int rows, int rowLen, int spp, int bps, Object out) {
        int rowBytes = rowLen * bps;
        for (int r = 0; r < rows; r++) {
            int base = off + r * rowBytes;
            prefixSum(raw, base, base + rowBytes, spp);
            int o = r * rowLen;
            if (bps == 4) {
                float[] f = (float[]) out;
                int p1 = base + rowLen;
                int p2 = p1 + rowLen;
                int p3 = p2 + rowLen;
                for (int i = 0; i < rowLen; i++) {
                    int bits = (raw[base + i] & 0xFF) << 24 | (raw[p1 + i] & 0xFF) << 16
                            | (raw[p2 + i] & 0xFF) << 8 | (raw[p3 + i] & 0xFF);
                    f[o + i] = Float.intBitsToFloat(bits);
                }
            } else {
                double[] d = (double[]) out;
                for (int i = 0; i < rowLen; i++) {
                    long bits = 0;
                    for (int b = 0, p = base + i; b < 8; b++, p += rowLen) {
                        bits = bits << 8 | (raw[p] & 0xFF);
                    }
                    d[o + i] = Double.longBitsToDouble(bits);
                }
            }
        }
    }

    /** Byte-wise running sum with stride {@code spp} over {@code b[from..to)}, in place. */
    private static void prefixSum(byte[] b, int from, int to, int spp) {
        if (spp == 1) {
            byte acc = b[from];
            for (int i = from + 1; i < to; i++) {
                acc += b[i];
                b[i] = acc;
            }
        } else {
            for (int i = from + spp; i < to; i++) {
                b[i] += b[i - spp];
            }
        }
    }

    /** Applies the floating-point predictor: values from {@code in} to predicted bytes in {@code raw}. */
    static void applyFloat(Object in, int rows, int rowLen, int spp, int bps, byte[] raw) {
        int rowBytes = rowLen * bps;
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            int o = r * rowLen;
            for (int i = 0; i < rowLen; i++) {
                long bits = bps == 4 ? Float.floatToRawIntBits(((float[]) in)[o + i])
                        : Double.doubleToRawLongBits(((double[]) in)[o + i]);
                for (int b = bps - 1; b >= 0; b--) {
                    raw[base + b * rowLen + i] = (byte) bits;
                    bits >>>= 8;
                }
            }
            for (int i = base + rowBytes - 1; i >= base + spp; i--) {
                raw[i] -= raw[i - spp];
            }
        }
    }
}
