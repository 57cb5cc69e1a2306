package io.chunkwise.graph;

import io.chunkwise.array.Region;

/** Index arithmetic between a region's C-order elements and a full array's flat offsets. */
final class RunMath {
    private RunMath() {
    }

    /** Run length of elements contiguous both in the region and in an array of {@code fullShape}. */
    static int contiguousRun(Region r, long[] fullShape) {
        int nd = r.ndim();
        if (nd == 0) {
            return 1;
        }
        long run = r.size()[nd - 1];
        for (int a = nd - 2; a >= 0; a--) {
            if (r.size()[a + 1] != fullShape[a + 1]) {
                break;
            }
            run *= r.size()[a];
        }
        return (int) Math.min(run, Integer.MAX_VALUE);
    }

    /** Flat offset in an array with {@code strides} of region element {@code k}. */
    static long flatOffset(Region r, long[] strides, long k) {
        int nd = r.ndim();
        long off = 0;
        for (int a = nd - 1; a >= 0; a--) {
            int s = r.size()[a];
            long m = s == 0 ? 0 : k % s;
            k = s == 0 ? 0 : k / s;
            off += (r.start()[a] + m) * strides[a];
        }
        return off;
    }

    /** The multi-index within the region of element {@code k}. */
    static int[] unravel(Region r, long k) {
        int nd = r.ndim();
        int[] m = new int[nd];
        for (int a = nd - 1; a >= 0; a--) {
            int s = r.size()[a];
            m[a] = (int) (k % s);
            k /= s;
        }
        return m;
    }
}
