package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Cancellation;
import io.chunkwise.schedule.Scheduler;

import java.util.Arrays;
import java.util.List;

/**
 * One pass of {@link RadixSelect}: every value's key is tested against the active groups (sorted,
 * disjoint key ranges); a value inside a histogram group increments its bucket, a value inside a
 * gather group is kept. Workers count and gather privately; the pass merges at its end.
 */
final class RadixPass {
    private static final int TILE = 4096;

    private RadixPass() {
    }

    /**
     * The layout of a pass over groups sorted by key: signed-order ranges {@code [los[i], his[i]]},
     * the shift of the bucket digit ({@code -1} to gather), the histogram slot and digit bits of
     * each; {@code root} marks the single whole-range histogram of the first pass.
     */
    record Plan(long[] los, long[] his, int[] shifts, int[] slots, int[] bits, int hists, boolean countNaN,
                boolean root) {
    }

    /** Merged counts per histogram slot, the gathered keys (signed order, sorted) and the NaN count. */
    record Outcome(long nan, long[][] hists, long[] gathered) {
        long[] hist(int slot) {
            return hists[slot];
        }
    }

    private static final class Worker {
        final long[] keys = new long[TILE];
        final long[][] hist;
        long[] gathered = new long[0];
        int size;
        long nan;

        Worker(Plan plan) {
            hist = new long[plan.hists()][];
        }

        long[] hist(Plan plan, int group) {
            int slot = plan.slots()[group];
            long[] h = hist[slot];
            if (h == null) {
                h = new long[1 << plan.bits()[group]];
                hist[slot] = h;
            }
            return h;
        }

        void keep(long signedKey) {
            if (size == gathered.length) {
                gathered = Arrays.copyOf(gathered, Math.max(1024, size * 2));
            }
            gathered[size++] = signedKey;
        }
    }

    static Outcome run(Expr expr, Chunks grid, Plan plan, Scheduler scheduler, String label) {
        DType t = expr.dtype();
        List<Worker> workers = ChunkScan.run(expr, grid, () -> new Worker(plan),
                (region, values, w) -> scan(values, t, plan, w), label, scheduler);
        long nan = 0;
        long[][] hists = new long[plan.hists()][];
        int total = 0;
        for (int g = 0; g < plan.los().length; g++) {
            if (plan.shifts()[g] >= 0) {
                hists[plan.slots()[g]] = new long[1 << plan.bits()[g]];
            }
        }
        for (Worker w : workers) {
            nan += w.nan;
            total += w.size;
            for (int s = 0; s < hists.length; s++) {
                if (w.hist[s] != null) {
                    long[] into = hists[s];
                    long[] from = w.hist[s];
                    for (int b = 0; b < into.length; b++) {
                        into[b] += from[b];
                    }
                }
            }
        }
        long[] gathered = new long[total];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.gathered, 0, gathered, at, w.size);
            at += w.size;
            w.gathered = null;
        }
        Arrays.sort(gathered);
        return new Outcome(nan, hists, gathered);
    }

    private static void scan(Object values, DType t, Plan plan, Worker w) {
        int n = Buffers.length(values);
        long[] keys = w.keys;
        long[] los = plan.los();
        long[] his = plan.his();
        int[] shifts = plan.shifts();
        long minLo = los[0];
        long maxHi = his[his.length - 1];
        for (int off = 0; off < n; off += TILE) {
            int len = Math.min(TILE, n - off);
            int nan = SortKeys.fill(values, t, off, len, keys);
            if (plan.countNaN()) {
                w.nan += nan;
            }
            if (plan.root()) {
                long[] h = w.hist(plan, 0);
                int shift = shifts[0];
                for (int i = 0; i < len; i++) {
                    h[(int) (keys[i] >>> shift)]++;
                }
            } else {
                for (int i = 0; i < len; i++) {
                    long s = keys[i] ^ Long.MIN_VALUE;
                    if (s < minLo || s > maxHi) {
                        continue;
                    }
                    int g = group(los, s);
                    if (s > his[g]) {
                        continue;
                    }
                    if (shifts[g] < 0) {
                        w.keep(s);
                    } else {
                        long[] h = w.hist(plan, g);
                        h[(int) (keys[i] >>> shifts[g]) & (h.length - 1)]++;
                    }
                }
            }
            Cancellation.check();
        }
    }

    /** The last group whose range starts at or below {@code s} (there is one: {@code s >= los[0]}). */
    private static int group(long[] los, long s) {
        int lo = 0;
        int hi = los.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (los[mid] <= s) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
