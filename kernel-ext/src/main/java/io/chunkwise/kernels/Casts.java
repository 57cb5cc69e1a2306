package io.chunkwise.kernels;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;

/** Register conversions with NumPy's {@code astype} semantics (C casts, wrap-around for integers). */
final class Casts {
    private Casts() {
    }

    static void convert(DType from, double[] fd, long[] fl, DType to, double[] td, long[] tl, int n) {
        if (from.isFloat() && to.isFloat()) {
            if (to == DType.FLOAT32) {
                for (int i = 0; i < n; i++) {
                    td[i] = (float) fd[i];
                }
            } else {
                System.arraycopy(fd, 0, td, 0, n);
            }
        } else if (from.isFloat()) {
            if (to == DType.BOOL) {
                for (int i = 0; i < n; i++) {
                    tl[i] = fd[i] != 0 ? 1 : 0; // NaN is truthy, as in NumPy
                }
            } else {
                for (int i = 0; i < n; i++) {
                    tl[i] = Buffers.doubleToLong(fd[i]);
                }
                Loops.wrap(to, tl, n);
            }
        } else if (to.isFloat()) {
            if (from == DType.UINT64) {
                for (int i = 0; i < n; i++) {
                    td[i] = Buffers.unsignedToDouble(fl[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    td[i] = fl[i];
                }
            }
            if (to == DType.FLOAT32 && from.itemSize() > 2) {
                Loops.roundToFloat(td, n); // integers of up to 16 bits are exact in float32
            }
        } else {
            System.arraycopy(fl, 0, tl, 0, n);
            Loops.wrap(to, tl, n);
        }
    }
}
