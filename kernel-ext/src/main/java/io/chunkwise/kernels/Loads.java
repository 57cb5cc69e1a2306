package io.chunkwise.kernels;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;

/** Loads a segment of a storage buffer into a register tile, widening unsigned types with masks. */
final class Loads {
    private Loads() {
    }

    static void load(Object buf, DType t, long flat, int n, double[] d, long[] l) {
        if (buf instanceof FlatValues g) {
            g.fill(flat, n, d, l);
            return;
        }
        int off = (int) flat;
        switch (t) {
            case FLOAT64 -> System.arraycopy((double[]) buf, off, d, 0, n);
            case FLOAT32 -> {
                float[] f = (float[]) buf;
                for (int i = 0; i < n; i++) {
                    d[i] = f[off + i];
                }
            }
            case INT64, UINT64 -> System.arraycopy((long[]) buf, off, l, 0, n);
            case INT32 -> {
                int[] s = (int[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i];
                }
            }
            case UINT32 -> {
                int[] s = (int[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i] & 0xFFFF_FFFFL;
                }
            }
            case INT16 -> {
                short[] s = (short[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i];
                }
            }
            case UINT16 -> {
                short[] s = (short[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i] & 0xFFFF;
                }
            }
            case INT8 -> {
                byte[] s = (byte[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i];
                }
            }
            case UINT8, BOOL -> {
                byte[] s = (byte[]) buf;
                for (int i = 0; i < n; i++) {
                    l[i] = s[off + i] & 0xFF;
                }
            }
        }
    }

    /** Stores a register tile into a storage buffer of type {@code t} at {@code off}. */
    static void store(DType t, double[] d, long[] l, Object buf, int off, int n) {
        switch (t) {
            case FLOAT64 -> System.arraycopy(d, 0, (double[]) buf, off, n);
            case FLOAT32 -> {
                float[] f = (float[]) buf;
                for (int i = 0; i < n; i++) {
                    f[off + i] = (float) d[i];
                }
            }
            case INT64, UINT64 -> System.arraycopy(l, 0, (long[]) buf, off, n);
            case INT32, UINT32 -> {
                int[] s = (int[]) buf;
                for (int i = 0; i < n; i++) {
                    s[off + i] = (int) l[i];
                }
            }
            case INT16, UINT16 -> {
                short[] s = (short[]) buf;
                for (int i = 0; i < n; i++) {
                    s[off + i] = (short) l[i];
                }
            }
            case INT8, UINT8, BOOL -> {
                byte[] s = (byte[]) buf;
                for (int i = 0; i < n; i++) {
                    s[off + i] = (byte) l[i];
                }
            }
        }
    }

    static {
        // keep Buffers' storage mapping and ours in one place of truth
        assert Buffers.storageClass(DType.UINT16) == short[].class;
    }
}
