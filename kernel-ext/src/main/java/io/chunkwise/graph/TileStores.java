package io.chunkwise.graph;

import io.chunkwise.array.DType;
import io.chunkwise.kernels.TileExec;

/** Stores a register tile into a storage buffer (casting happens in the program, not here). */
final class TileStores {
    private TileStores() {
    }

    static void store(TileExec exec, int reg, DType dtype, Object buf, int off, int n) {
        if (dtype.isFloat()) {
            double[] d = exec.doubles(reg);
            if (dtype == DType.FLOAT64) {
                System.arraycopy(d, 0, (double[]) buf, off, n);
            } else {
                float[] f = (float[]) buf;
                for (int i = 0; i < n; i++) {
                    f[off + i] = (float) d[i];
                }
            }
            return;
        }
        long[] l = exec.longs(reg);
        switch (dtype) {
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
            default -> {
                byte[] s = (byte[]) buf;
                for (int i = 0; i < n; i++) {
                    s[off + i] = (byte) l[i];
                }
            }
        }
    }
}
