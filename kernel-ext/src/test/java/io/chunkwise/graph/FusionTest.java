package io.chunkwise.graph;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.RecordingSource;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Elementwise chains fuse: each source chunk is read once and no intermediate chunk is allocated. */
class FusionTest {
    @Test
    void cubeSumReadsEachChunkOnce() {
        ChunkedArray base = Chunkwise.random(3, new long[] {400, 300}, 100, 100);
        RecordingSource src = new RecordingSource(((Expr.Source) base.expr()).source());
        ChunkedArray x = ChunkedArray.fromSource(src, 100, 100);
        double s = x.mul(x).mul(x).sum().compute(Scheduler.threads(2)).item();
        assertEquals(12, src.count(), "one read per chunk of x");
        assertTrue(s > 0);
        src.reads().clear();
        Chunkwise.compute(x.sum(), x.mean(), x.mul(x).max());
        assertEquals(12, src.count(), "three results computed in one pass read each chunk once");
    }

    @Test
    void fusedCubeSumAllocatesNoChunkBuffers() {
        double[] data = new double[4_000_000]; // 32 MB in memory, 40 chunks of 800 kB
        java.util.Arrays.fill(data, 1.5);
        ChunkedArray x = Chunkwise.fromBuffer(data, DType.FLOAT64, new long[] {2000, 2000}, 500, 200);
        ChunkedArray cube = x.mul(x).mul(x);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = Long.MAX_VALUE;
        double s = 0;
        // the least of a few runs: the first ones also allocate while the JIT compiles the SIMD loops
        for (int run = 0; run < 6; run++) {
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            s = cube.sum().compute(Scheduler.sync()).item();
            allocated = Math.min(allocated, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
        }
        assertEquals(4_000_000 * 1.5 * 1.5 * 1.5, s, 1e-6);
        // a single intermediate chunk would be 800 kB; registers and partials are a few tens of kB
        assertTrue(allocated < 400_000, "allocated " + allocated + " bytes for a fused sum over 32 MB");
    }
}
