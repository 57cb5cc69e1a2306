package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rechunking from column strips to row strips: right sums, and each task allocates about one chunk. */
class RechunkMemoryTest {
    private static final long N = 4000;

    @Test
    void columnStripsToRowStripsSumRightWithChunkSizedTasks() {
        ChunkedArray x = Chunkwise.random(5, new long[] {N, N}, (int) N, 20);
        ChunkedArray rows = x.rechunk(20, (int) N);
        assertArrayEquals(new int[] {20, 4000}, rows.chunks().maxChunk());
        assertEquals(200, rows.numChunks());

        DenseArray dense = x.compute(Scheduler.threads(2));
        double[] v = (double[]) dense.data();
        double[] colSums = new double[(int) N];
        double total = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                colSums[j] += v[(int) (i * N + j)];
            }
        }
        for (double c : colSums) {
            total += c;
        }
        dense = null;
        v = null;

        rows.sum().compute(Scheduler.sync()); // warm up
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        double sum = rows.sum().compute(Scheduler.sync()).item();
        long perTask = (mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / rows.numChunks();
        long chunkBytes = 20 * N * 8;
        assertEquals(total, sum, Math.abs(total) * 1e-12, "sum of the rechunked array");
        assertTrue(perTask < 2 * chunkBytes, "each task allocated " + perTask + " bytes; one (20, 4000) chunk is "
                + chunkBytes + " (a plan that gathered input strips would allocate " + N * 20 * 8 * 200 + ")");

        double[] got = (double[]) rows.sum(0).compute(Scheduler.threads(3)).data();
        for (int j = 0; j < N; j++) {
            assertEquals(colSums[j], got[j], Math.abs(colSums[j]) * 1e-12, "column " + j);
        }
    }
}
