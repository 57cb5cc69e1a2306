package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Job;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small sample of an expression's sort keys, read as short runs at seeded random places in up to
 * {@value #MAX_CHUNKS} chunks spread over the grid, so that it costs a tiny fraction of a pass. It
 * only guides {@link RadixSelect} to key ranges worth gathering; a poor sample costs passes, never
 * correctness.
 */
final class KeySample {
    static final int MAX_CHUNKS = 512;
    static final int RUNS_PER_CHUNK = 16;

    private KeySample() {
    }

    /** About {@code target} keys in signed order, sorted. */
    static long[] sorted(Expr expr, Chunks grid, int target, Scheduler scheduler, String label) {
        long chunks = grid.numChunks();
        long step = Math.max(1, (chunks + MAX_CHUNKS - 1) / MAX_CHUNKS);
        int picked = (int) ((chunks + step - 1) / step);
        int perChunk = Math.max(RUNS_PER_CHUNK, target / picked);
        long[][] parts = new long[picked][];
        scheduler.run(new Job() {
            @Override
            public long tasks() {
                return picked;
            }

            @Override
            public long totalBytes() {
                return (long) picked * perChunk * expr.dtype().itemSize();
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public Object newWorkerState() {
                return null;
            }

            @Override
            public long runTask(long i, Object state) {
                parts[(int) i] = chunkSample(expr, grid.region(grid.unravel(i * step)), perChunk, i);
                return (long) parts[(int) i].length * expr.dtype().itemSize();
            }

            @Override
            public String describeTask(long i) {
                return "sample of chunk " + Arrays.toString(grid.unravel(i * step));
            }
        });
        int total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        long[] out = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(out);
        return out;
    }

    /** About {@code want} keys of one chunk, as runs along its last axis at random positions. */
    private static long[] chunkSample(Expr expr, Region chunk, int want, long seed) {
        int nd = chunk.ndim();
        if (chunk.elements() <= want || nd == 0) {
            Object v = RegionEvaluator.evaluate(expr, chunk);
            long[] keys = new long[Buffers.length(v)];
            SortKeys.fill(v, expr.dtype(), 0, keys.length, keys);
            return keys;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        int last = chunk.size()[nd - 1];
        int runs = Math.max(RUNS_PER_CHUNK, Math.min(want, (want + last - 1) / Math.max(1, last)));
        int runLength = Math.max(1, Math.min(last, want / runs));
        List<long[]> got = new ArrayList<>();
        int total = 0;
        for (int r = 0; r < runs && total < want; r++) {
            long[] start = chunk.start().clone();
            int[] size = new int[nd];
            for (int a = 0; a < nd - 1; a++) {
                start[a] += random.nextInt(chunk.size()[a]);
                size[a] = 1;
            }
            start[nd - 1] += random.nextInt(last - runLength + 1);
            size[nd - 1] = runLength;
            Object v = RegionEvaluator.evaluate(expr, new Region(start, size));
            long[] keys = new long[runLength];
            SortKeys.fill(v, expr.dtype(), 0, runLength, keys);
            got.add(keys);
            total += runLength;
        }
        long[] out = new long[total];
        int at = 0;
        for (long[] k : got) {
            System.arraycopy(k, 0, out, at, k.length);
            at += k.length;
        }
        return out;
    }
}
