package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Cancellation;
import io.chunkwise.schedule.Scheduler;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pass of {@link RadixSelect} over every value: each key is located among the pass's ranges
 * (sorted, disjoint); a value in a gathering range is kept, a value in a counting range increments
 * its bucket, any other value counts in the gap it falls in. Workers count and gather privately;
 * the pass merges their results at its end.
 */
final class RadixPass {
    private static final int TILE = 1024;

    private RadixPass() {
    }

    /**
     * A pass over ranges sorted by key: signed-order bounds, the first key of each, the bucket shift
     * ({@code -1} to gather), the histogram slot and bucket count of each counting range.
     */
    record Plan(long[] los, long[] his, long[] bases, int[] shifts, int[] slots, int[] buckets, int hists,
                boolean countNaN, boolean whole, long gatherLimit) {
        /**
         * The plan for ranges sorted by key; {@code maxKey} is the largest key of the dtype (a single
         * counting range over all keys needs no range tests); gathering stops past {@code gatherLimit}.
         */
        static Plan of(List<KeyRange> sorted, int bits, boolean countNaN, long maxKey, long gatherLimit) {
            int m = sorted.size();
            long[] los = new long[m];
            long[] his = new long[m];
            long[] bases = new long[m];
            int[] shifts = new int[m];
            int[] slots = new int[m];
            int[] buckets = new int[m];
            int hists = 0;
            for (int i = 0; i < m; i++) {
                KeyRange r = sorted.get(i);
                los[i] = r.sLo();
                his[i] = r.sHi();
                bases[i] = r.lo;
                shifts[i] = r.gather ? -1 : r.shift(bits);
                slots[i] = r.gather ? -1 : r.slot;
                buckets[i] = r.gather ? 0 : r.buckets(bits);
                hists += r.gather ? 0 : 1;
            }
            boolean whole = m == 1 && sorted.get(0).lo == 0 && sorted.get(0).hi == maxKey && !sorted.get(0).gather;
            return new Plan(los, his, bases, shifts, slots, buckets, hists, countNaN, whole, gatherLimit);
        }
    }

    /**
     * Merged bucket counts per slot, values per gap (m + 1) and inside each range (m), the gathered
     * keys (signed order, in no particular order; empty if gathering overflowed the limit), and the
     * NaN count.
     */
    record Outcome(long nan, long[][] hists, long[] gaps, long[] inside, long[] gathered, boolean overflowed) {
    }

    static final class Worker {
        final long[] keys = new long[TILE];
        final long[][] hist;
        final long[] gaps;
        final long[] inside;
        final AtomicLong shared;
        final long limit;
        long[] gathered = new long[0];
        int size;
        int unreported;
        boolean overflowed;
        long nan;

        Worker(Plan plan, AtomicLong shared) {
            hist = new long[plan.hists()][];
            gaps = new long[plan.los().length + 1];
            inside = new long[plan.los().length];
            this.shared = shared;
            this.limit = plan.gatherLimit();
        }

        long[] hist(Plan plan, int range) {
            int slot = plan.slots()[range];
            long[] h = hist[slot];
            if (h == null) {
                h = new long[plan.buckets()[range]];
                hist[slot] = h;
            }
            return h;
        }

        /** Keeps a key unless the pass's gathered total went past the limit (then gathers nothing more). */
        void keep(long signedKey) {
            if (overflowed) {
                return;
            }
            if (++unreported == 4096) {
                overflowed = shared.addAndGet(unreported) > limit;
                unreported = 0;
            }
            if (size == gathered.length) {
                gathered = Arrays.copyOf(gathered, Math.max(1024, size * 2));
            }
            gathered[size++] = signedKey;
        }
    }

    static Outcome run(Expr expr, Chunks grid, Plan plan, Scheduler scheduler, String label) {
        DType t = expr.dtype();
        AtomicLong shared = new AtomicLong();
        List<Worker> workers = ChunkScan.run(expr, grid, () -> new Worker(plan, shared),
                (values, offset, length, w) -> scan(values, offset, length, t, plan, w), label, scheduler);
        long nan = 0;
        long[][] hists = new long[plan.hists()][];
        long[] gaps = new long[plan.los().length + 1];
        long[] inside = new long[plan.los().length];
        for (int g = 0; g < plan.los().length; g++) {
            if (plan.shifts()[g] >= 0) {
                hists[plan.slots()[g]] = new long[plan.buckets()[g]];
            }
        }
        long total = 0;
        boolean overflowed = false;
        for (Worker w : workers) {
            nan += w.nan;
            total += w.size;
            overflowed |= w.overflowed;
            add(gaps, w.gaps);
            add(inside, w.inside);
            for (int s = 0; s < hists.length; s++) {
                if (w.hist[s] != null) {
                    add(hists[s], w.hist[s]);
                }
            }
        }
        overflowed |= total > plan.gatherLimit();
        long[] gathered = new long[overflowed ? 0 : (int) total];
        int at = 0;
        for (Worker w : workers) {
            if (!overflowed) {
                System.arraycopy(w.gathered, 0, gathered, at, w.size);
                at += w.size;
            }
            w.gathered = null;
        }
        return new Outcome(nan, hists, gaps, inside, gathered, overflowed);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void scan(Object values, int from, int n, DType t, Plan plan, Worker w) {
        long[] keys = w.keys;
        long[] los = plan.los();
        long[] his = plan.his();
        int[] shifts = plan.shifts();
        int m = los.length;
        long minLo = los[0];
        long maxHi = his[m - 1];
        long[] gaps = w.gaps;
        long[] inside = w.inside;
        boolean whole = plan.whole();
        if (m == 1 && shifts[0] < 0 && FloatGather.applies(t, plan)) {
            FloatGather.scan(values, from, n, t, plan, w);
            return;
        }
        for (int off = 0; off < n; off += TILE) {
            int len = Math.min(TILE, n - off);
            int nan = SortKeys.fill(values, t, from + off, len, keys);
            if (plan.countNaN()) {
                w.nan += nan;
            }
            if (whole) { // the first histogram of all values: no range tests
                long[] h = w.hist(plan, 0);
                int shift = shifts[0];
                for (int i = 0; i < len; i++) {
                    h[(int) (keys[i] >>> shift)]++;
                }
            } else if (m == 1) {
                oneRange(keys, len, plan, w);
            } else {
                long under = 0;
                long over = 0;
                for (int i = 0; i < len; i++) {
                    long s = keys[i] ^ Long.MIN_VALUE;
                    if (s < minLo) {
                        under++;
                    } else if (s > maxHi) {
                        over++;
                    } else {
                        int g = range(los, s);
                        if (s > his[g]) {
                            gaps[g + 1]++;
                        } else if (shifts[g] < 0) {
                            inside[g]++;
                            w.keep(s);
                        } else {
                            w.hist(plan, g)[(int) ((keys[i] - plan.bases()[g]) >>> shifts[g])]++;
                        }
                    }
                }
                gaps[0] += under;
                gaps[m] += over;
            }
            Cancellation.check();
        }
    }

    /** The common pass over one range (the sample's guess for one q): counters stay in registers. */
    private static void oneRange(long[] keys, int len, Plan plan, Worker w) {
        long lo = plan.los()[0];
        long hi = plan.his()[0];
        long under = 0;
        long over = 0;
        long in = 0;
        if (plan.shifts()[0] < 0) {
            for (int i = 0; i < len; i++) {
                long s = keys[i] ^ Long.MIN_VALUE;
                if (s < lo) {
                    under++;
                } else if (s > hi) {
                    over++;
                } else {
                    in++;
                    w.keep(s);
                }
            }
        } else {
            long[] h = w.hist(plan, 0);
            long base = plan.bases()[0];
            int shift = plan.shifts()[0];
            for (int i = 0; i < len; i++) {
                long s = keys[i] ^ Long.MIN_VALUE;
                if (s < lo) {
                    under++;
                } else if (s > hi) {
                    over++;
                } else {
                    h[(int) ((keys[i] - base) >>> shift)]++;
                }
            }
        }
        w.gaps[0] += under;
        w.gaps[1] += over;
        w.inside[0] += in;
    }

    /** The last range whose start is at or below {@code s} (there is one: {@code s >= los[0]}). */
    private static int range(long[] los, long s) {
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
