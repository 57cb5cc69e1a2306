package io.chunkwise.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a pass of {@link RadixSelect}: lays the pass's ranges and the gaps between them end to end
 * with their exact counts, finds the segment that holds each of their ranks, and either settles the
 * rank (a gathered range, or a bucket that is a single key) or hands on a narrower range for the
 * next pass (a bucket of a counted range, a gap, or a range whose gathering overflowed).
 */
final class Settle {
    private Settle() {
    }

    /**
     * Settles or hands on the ranks of the pass's {@code active} ranges (sorted by key) and the
     * {@code orphans} (ranks of proposed ranges the pass left out), adding new ranges to {@code next}.
     */
    static void settle(List<KeyRange> active, RadixPass.Outcome out, int bits, long[] ranks, long[] keys, long maxKey,
                       List<Integer> orphans, List<KeyRange> next) {
        int m = active.size();
        long[] count = new long[m];
        int[] start = new int[m];
        long[][] cumulative = new long[m][];
        int at = 0;
        for (int i = 0; i < m; i++) {
            KeyRange r = active.get(i);
            if (r.gather) {
                count[i] = out.inside()[i];
                start[i] = at;
                at += out.overflowed() ? 0 : (int) count[i];
            } else {
                long[] h = out.hists()[r.slot];
                long[] c = new long[h.length + 1];
                for (int b = 0; b < h.length; b++) {
                    c[b + 1] = c[b] + h[b];
                }
                cumulative[i] = c;
                count[i] = c[h.length];
            }
        }
        long[] gathered = out.overflowed() ? out.gathered() : byRange(out.gathered(), active, start);
        // segments in key order: gap 0, range 0, gap 1, ..., range m-1, gap m
        long[] segStart = new long[2 * m + 2];
        long running = 0;
        for (int j = 0; j <= m; j++) {
            segStart[2 * j] = running;
            running += out.gaps()[j];
            if (j < m) {
                segStart[2 * j + 1] = running;
                KeyRange r = active.get(j);
                if (r.below >= 0 && (r.below != running || r.count != count[j])) {
                    throw changed(r.count, count[j]);
                }
                running += count[j];
            }
        }
        segStart[2 * m + 1] = running;
        List<Integer> placing = new ArrayList<>(orphans);
        for (KeyRange r : active) {
            placing.addAll(r.ranks);
        }
        placing.sort((a, b) -> Long.compare(ranks[a], ranks[b]));
        Map<Long, KeyRange> made = new HashMap<>();
        int[] position = new int[ranks.length];
        int[] rangeOf = new int[ranks.length];
        Arrays.fill(rangeOf, -1);
        for (int idx : placing) {
            long k = ranks[idx];
            if (k >= running) {
                throw changed(k + 1, running);
            }
            int seg = segment(segStart, k);
            long below = segStart[seg];
            if (seg % 2 == 0) { // a gap: narrow it next
                int j = seg / 2;
                long lo = j == 0 ? 0 : active.get(j - 1).hi + 1;
                long hi = j == m ? maxKey : active.get(j).lo - 1;
                made.computeIfAbsent((long) seg, s -> add(next, new KeyRange(lo, hi, below, out.gaps()[j]))).ranks.add(idx);
                continue;
            }
            int i = seg / 2;
            KeyRange r = active.get(i);
            if (r.gather && !out.overflowed()) {
                position[idx] = start[i] + (int) (k - below);
                rangeOf[idx] = i;
            } else if (r.gather) { // gathering overflowed: the range's count is exact now, narrow it next
                made.computeIfAbsent((long) seg, s -> add(next, new KeyRange(r.lo, r.hi, below, count[i]))).ranks.add(idx);
            } else {
                long[] c = cumulative[i];
                int b = segment(c, k - below);
                int shift = r.shift(bits);
                if (shift == 0) {
                    keys[idx] = r.lo + b; // a single key: every value in the bucket is equal
                } else {
                    long key = ((long) seg << 32) | b;
                    made.computeIfAbsent(key, s -> add(next, r.bucket(b, shift, below + c[b], c[b + 1] - c[b])))
                            .ranks.add(idx);
                }
            }
        }
        for (int i = 0; i < m; i++) { // select the wanted positions of each gathered range, no full sort
            int[] kth = new int[ranks.length];
            int w = 0;
            for (int idx : placing) {
                if (rangeOf[idx] == i && (w == 0 || kth[w - 1] != position[idx])) {
                    kth[w++] = position[idx];
                }
            }
            if (w > 0) {
                LongSelect.select(gathered, start[i], start[i] + (int) count[i], Arrays.copyOf(kth, w));
            }
        }
        for (int idx : placing) {
            if (rangeOf[idx] >= 0) {
                keys[idx] = gathered[position[idx]] ^ Long.MIN_VALUE;
            }
        }
    }

    /** The gathered keys grouped by range, in key order (ranges start at {@code start} of the result). */
    private static long[] byRange(long[] gathered, List<KeyRange> active, int[] start) {
        int gathers = 0;
        for (KeyRange r : active) {
            gathers += r.gather ? 1 : 0;
        }
        if (gathers <= 1) {
            return gathered;
        }
        long[] los = new long[gathers];
        int[] fill = new int[gathers];
        int g = 0;
        for (int i = 0; i < active.size(); i++) {
            if (active.get(i).gather) {
                los[g] = active.get(i).sLo();
                fill[g++] = start[i];
            }
        }
        long[] out = new long[gathered.length];
        for (long v : gathered) {
            int j = Arrays.binarySearch(los, v);
            j = j >= 0 ? j : -j - 2;
            out[fill[j]++] = v;
        }
        return out;
    }

    private static KeyRange add(List<KeyRange> list, KeyRange r) {
        list.add(r);
        return r;
    }

    /** The last index {@code s} with {@code starts[s] <= k} among non-empty segments (starts ascending). */
    private static int segment(long[] starts, long k) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (starts[lo + 1] <= k) { // skip empty segments that start at k
            lo++;
        }
        return lo;
    }

    static IllegalStateException changed(long expected, long got) {
        return new IllegalStateException("the data changed between the passes of an exact quantile: a key range "
                + "held " + expected + " values in one pass and " + got + " in the next; quantiles need a source "
                + "that reads the same values every time (persist() a non-deterministic expression first)");
    }
}
