package io.chunkwise.array;

import java.util.ArrayList;
import java.util.List;

/**
 * Which input index each output position along one axis reads: an arithmetic range (slices, flips)
 * or an explicit table (take). Also chooses the output chunk lengths along the axis: one piece per
 * input chunk the selection touches, in output order, small neighbours merged up to a cap.
 */
sealed interface AxisMap permits AxisMap.Range, AxisMap.Table {
    /** Number of output positions. */
    long length();

    /** The input index of output position {@code p}. */
    long index(long p);

    /** Output positions that read the same input chunk, in output order (zero-length pieces omitted). */
    List<Long> pieces(Chunks in, int axis);

    /** {@code start + p * step} for {@code 0 <= p < length}. */
    record Range(long start, long step, long length) implements AxisMap {
        @Override
        public long index(long p) {
            return start + p * step;
        }

        @Override
        public List<Long> pieces(Chunks in, int axis) {
            List<Long> out = new ArrayList<>();
            if (length == 0) {
                return out;
            }
            long last = index(length - 1);
            int c0 = in.chunkAt(axis, Math.min(start, last));
            int c1 = in.chunkAt(axis, Math.max(start, last));
            for (int k = 0; k <= c1 - c0; k++) {
                int c = step > 0 ? c0 + k : c1 - k;
                long lo = in.start(axis, c);
                long hi = lo + in.length(axis, c); // exclusive
                long n = step > 0 ? countUp(lo, hi) : countDown(lo, hi);
                if (n > 0) {
                    out.add(n);
                }
            }
            return out;
        }

        /** Positions p in [0, length) with start + p*step in [lo, hi), step > 0. */
        private long countUp(long lo, long hi) {
            long p0 = Math.max(0, ceilDiv(lo - start, step));
            long p1 = Math.min(length, ceilDiv(hi - start, step));
            return Math.max(0, p1 - p0);
        }

        /** The same for step < 0: start - p*|step| in [lo, hi). */
        private long countDown(long lo, long hi) {
            long mag = -step;
            long p0 = Math.max(0, ceilDiv(start - (hi - 1), mag));
            long p1 = Math.min(length, Math.floorDiv(start - lo, mag) + 1);
            return Math.max(0, p1 - p0);
        }

        private static long ceilDiv(long a, long b) {
            return -Math.floorDiv(-a, b);
        }
    }

    /** Explicit input indices (already checked and made non-negative). */
    record Table(long[] indices) implements AxisMap {
        @Override
        public long length() {
            return indices.length;
        }

        @Override
        public long index(long p) {
            return indices[(int) p];
        }

        @Override
        public List<Long> pieces(Chunks in, int axis) {
            List<Long> out = new ArrayList<>();
            int prev = -1;
            long run = 0;
            for (long i : indices) {
                int c = in.chunkAt(axis, i);
                if (c != prev && run > 0) {
                    out.add(run);
                    run = 0;
                }
                prev = c;
                run++;
            }
            if (run > 0) {
                out.add(run);
            }
            return out;
        }
    }

    /**
     * Output chunk lengths from pieces: with {@code merge}, neighbours are merged while their sum
     * stays within {@code cap}; pieces longer than {@code cap} are split, so no output chunk along the
     * axis is longer than the largest input chunk. An empty selection gives one chunk of length 0.
     */
    static int[] chunkLengths(List<Long> pieces, long cap, boolean merge) {
        long c = Math.max(1, Math.min(cap, Integer.MAX_VALUE));
        List<Integer> out = new ArrayList<>();
        long cur = 0;
        for (long p : pieces) {
            if (cur > 0 && (!merge || cur + p > c)) {
                out.add((int) cur);
                cur = 0;
            }
            cur += p;
            while (cur > c) {
                out.add((int) c);
                cur -= c;
            }
        }
        if (cur > 0 || out.isEmpty()) {
            out.add((int) cur);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The largest chunk along an axis of the input grid. */
    static long cap(Chunks in, int axis) {
        return in.maxChunk()[axis];
    }
}
