package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact order statistics of a chunked expression in a bounded number of passes, never holding more
 * than a small part of the data: the values at given ranks of the sorted (flattened) array.
 *
 * <p>Values are mapped to order-preserving keys ({@link SortKeys}). The first pass counts NaN and
 * histograms the top 20 key bits; each later pass either histograms the next 16 bits of the values
 * that share the prefix of a wanted rank (its "group") or, once a group holds at most
 * {@code gatherCap} values, gathers that group's values and selects the rank exactly. A group whose
 * prefix is the whole key holds one distinct value (ties), so no gather is needed. Every group is
 * gathered or narrowed in every pass, and the last level fixes the whole key, so there are at most
 * as many passes as levels: 1 for 8- and 16-bit types, 2 for 32-bit types, 4 for 64-bit types (one
 * pass for at most {@code gatherCap} values), unless more than {@value #MAX_HIST_GROUPS} groups need
 * narrowing at once. A continuous distribution usually takes two passes: its groups are small
 * after the first histogram.
 *
 * <p>Memory: per worker one chunk, a 2^20-bin count array in the first pass (8 MiB) and up to
 * {@value #MAX_HIST_GROUPS} 2^16-bin arrays in later ones, plus the gathered values (at most
 * {@code gatherCap} keys in all).
 */
final class RadixSelect {
    static final int FIRST_BITS = 20;
    static final int LEVEL_BITS = 16;
    static final int MAX_HIST_GROUPS = 16;

    private RadixSelect() {
    }

    /** The outcome: whether a NaN was seen (then {@code keys} is null), else the key at every rank. */
    record Result(boolean hasNaN, long[] keys, int passes) {
    }

    /** The default cap on gathered values: about 1/64 of the heap, between 1 Mi and 16 Mi values. */
    static long defaultGatherCap() {
        long byHeap = Runtime.getRuntime().maxMemory() / 64 / Long.BYTES;
        return Math.max(1L << 20, Math.min(1L << 24, byHeap));
    }

    /** A prefix of the key space that holds some wanted ranks. */
    private static final class Group {
        final int depth;
        final long prefix;
        final long below;
        final long count;
        final List<Integer> ranks = new ArrayList<>();
        boolean gather;
        int slot;

        Group(int depth, long prefix, long below, long count) {
            this.depth = depth;
            this.prefix = prefix;
            this.below = below;
            this.count = count;
        }

        long lo(int width) {
            return depth == 0 ? 0 : prefix << (width - depth);
        }

        long hi(int width) {
            long span = width - depth == 64 ? -1L : (1L << (width - depth)) - 1;
            return lo(width) | span;
        }
    }

    /**
     * The keys at {@code ranks} (0-based positions in sorted order, ascending) of {@code expr}, a
     * resolved expression over {@code grid}, or {@code hasNaN} if a float value is NaN.
     */
    static Result select(Expr expr, Chunks grid, long[] ranks, long gatherCap, Scheduler scheduler, String label) {
        DType t = expr.dtype();
        int width = SortKeys.width(t);
        long n = 1;
        for (long s : expr.shape()) {
            n *= s;
        }
        long[] keys = new long[ranks.length];
        Group root = new Group(0, 0, 0, n);
        for (int r = 0; r < ranks.length; r++) {
            root.ranks.add(r);
        }
        List<Group> pending = new ArrayList<>(List.of(root));
        int pass = 0;
        while (!pending.isEmpty()) {
            pass++;
            List<Group> active = plan(pending, gatherCap);
            RadixPass.Outcome out = RadixPass.run(expr, grid, passPlan(active, width, pass == 1 && t.isFloat()),
                    scheduler, label + " pass " + pass);
            if (out.nan() > 0) {
                return new Result(true, null, pass);
            }
            List<Group> next = new ArrayList<>();
            for (Group g : pending) {
                if (!active.contains(g)) {
                    next.add(g);
                }
            }
            for (Group g : active) {
                if (g.gather) {
                    pick(g, out.gathered(), ranks, keys, width);
                } else {
                    split(g, out.hist(g.slot), ranks, keys, width, next);
                }
            }
            pending = next;
        }
        return new Result(false, keys, pass);
    }

    /**
     * Chooses this pass's groups, smallest first: gathered while the gathered total stays within the
     * cap, histogrammed otherwise (up to {@value #MAX_HIST_GROUPS}); so every group progresses in
     * every pass unless more than that many need narrowing at once.
     */
    private static List<Group> plan(List<Group> pending, long gatherCap) {
        List<Group> bySize = new ArrayList<>(pending);
        bySize.sort((a, b) -> Long.compare(a.count, b.count));
        List<Group> active = new ArrayList<>();
        long gathered = 0;
        int hists = 0;
        for (Group g : bySize) {
            if (gathered + g.count <= gatherCap) {
                g.gather = true;
                gathered += g.count;
                active.add(g);
            } else if (hists < MAX_HIST_GROUPS) {
                g.gather = false;
                g.slot = hists++;
                active.add(g);
            }
        }
        return active;
    }

    static int levelBits(int depth, int width) {
        return depth == 0 ? Math.min(FIRST_BITS, width) : Math.min(LEVEL_BITS, width - depth);
    }

    /** Splits a histogrammed group into the sub-groups that hold its ranks. */
    private static void split(Group g, long[] hist, long[] ranks, long[] keys, int width, List<Group> next) {
        int bits = levelBits(g.depth, width);
        long below = g.below;
        int bucket = 0;
        Group current = null;
        long total = 0;
        for (long h : hist) {
            total += h;
        }
        if (total != g.count) {
            throw changed(g.count, total);
        }
        for (int r : g.ranks) {
            long k = ranks[r];
            while (below + hist[bucket] <= k) {
                below += hist[bucket];
                bucket++;
            }
            long prefix = (g.prefix << bits) | bucket;
            if (g.depth + bits == width) {
                keys[r] = prefix; // the whole key is known: every value in this bucket is equal
                continue;
            }
            if (current == null || current.prefix != prefix) {
                current = new Group(g.depth + bits, prefix, below, hist[bucket]);
                next.add(current);
            }
            current.ranks.add(r);
        }
    }

    /** Selects a gathered group's ranks from the sorted (signed-order) gathered keys of this pass. */
    private static void pick(Group g, long[] sorted, long[] ranks, long[] keys, int width) {
        int start = firstAbove(sorted, (g.lo(width) ^ Long.MIN_VALUE) - 1, g.lo(width) == 0 ? -1 : 0);
        int end = firstAbove(sorted, g.hi(width) ^ Long.MIN_VALUE, 0);
        if (end - start != g.count) {
            throw changed(g.count, end - start);
        }
        for (int r : g.ranks) {
            keys[r] = sorted[start + (int) (ranks[r] - g.below)] ^ Long.MIN_VALUE;
        }
    }

    /**
     * First index whose value is greater than {@code v}; with {@code all == -1} (a range that starts
     * at the smallest key) simply 0.
     */
    private static int firstAbove(long[] a, long v, int all) {
        if (all == -1) {
            return 0;
        }
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static IllegalStateException changed(long expected, long got) {
        return new IllegalStateException("the data changed between the passes of an exact quantile: a key range "
                + "held " + expected + " values in one pass and " + got + " in the next; quantiles need a source "
                + "that reads the same values every time (persist() a non-deterministic expression first)");
    }

    /** The layout of one pass: the active groups' key ranges, sorted, with what to do in each. */
    private static RadixPass.Plan passPlan(List<Group> active, int width, boolean countNaN) {
        List<Group> sorted = new ArrayList<>(active);
        sorted.sort((a, b) -> Long.compare(a.lo(width) ^ Long.MIN_VALUE, b.lo(width) ^ Long.MIN_VALUE));
        int m = sorted.size();
        long[] los = new long[m];
        long[] his = new long[m];
        int[] shifts = new int[m];
        int[] slots = new int[m];
        int[] bits = new int[m];
        int hists = 0;
        for (int i = 0; i < m; i++) {
            Group g = sorted.get(i);
            los[i] = g.lo(width) ^ Long.MIN_VALUE;
            his[i] = g.hi(width) ^ Long.MIN_VALUE;
            bits[i] = g.gather ? 0 : levelBits(g.depth, width);
            shifts[i] = g.gather ? -1 : width - g.depth - bits[i];
            slots[i] = g.gather ? -1 : g.slot;
            hists += g.gather ? 0 : 1;
        }
        boolean root = m == 1 && sorted.get(0).depth == 0 && !sorted.get(0).gather;
        return new RadixPass.Plan(los, his, shifts, slots, bits, hists, countNaN, root);
    }
}
