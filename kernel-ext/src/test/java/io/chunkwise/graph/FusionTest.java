package io.chunkwise.graph;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.schedule.Scheduler;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Elementwise chains fuse: each source chunk is read once and no intermediate chunk is allocated. */
class FusionTest {
    /** Wraps a source and counts its reads. */
    record CountingSource(ChunkSource inner, AtomicInteger reads) implements ChunkSource {
        @Override
        public long[] shape() {
            return inner.shape();
        }

        @Override
        public DType dtype() {
            return inner.dtype();
        }

        @Override
        public Object read(Region region) {
            reads.incrementAndGet();
            return inner.read(region);
        }
    }

    @Test
    void cubeSumReadsEachChunkOnce() {
        AtomicInteger reads = new AtomicInteger();
        ChunkedArray base = Chunkwise.random(3, new long[] {400, 300}, 100, 100);
        ChunkSource src = ((Expr.Source) base.expr()).source();
        ChunkedArray x = ChunkedArray.fromSource(new CountingSource(src, reads), 100, 100);
        double s = x.mul(x).mul(x).sum().compute(Scheduler.threads(2)).item();
        assertEquals(12, reads.get(), "one read per chunk of x");
        assertTrue(s > 0);
        reads.set(0);
        Chunkwise.compute(x.sum(), x.mean(), x.mul(x).max());
        assertEquals(12, reads.get(), "three results computed in one pass read each chunk once");
    }

    @Test
    void fusedCubeSumAllocatesNoChunkBuffers() {
        double[] data = new double[4_000_000]; // 32 MB in memory, 40 chunks of 800 kB
        java.util.Arrays.fill(data, 1.5);
        ChunkedArray x = Chunkwise.fromBuffer(data, DType.FLOAT64, new long[] {2000, 2000}, 500, 200);
        ChunkedArray cube = x.mul(x).mul(x);
        cube.sum().compute(Scheduler.sync()); // warm up classes
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        double s = cube.sum().compute(Scheduler.sync()).item();
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertEquals(4_000_000 * 1.5 * 1.5 * 1.5, s, 1e-6);
        // a single intermediate chunk would be 800 kB; registers and partials are a few tens of kB
        assertTrue(allocated < 400_000, "allocated " + allocated + " bytes for a fused sum over 32 MB");
    }
}
