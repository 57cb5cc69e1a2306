package io.chunkwise.schedule;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interrupts stop the work quickly and leave no worker running; a failing task names its chunk. */
class CancellationTest {
    @Test
    void interruptingComputeStopsWorkersWithinASecond() throws Exception {
        ChunkedArray big = Chunkwise.random(1, new long[] {40000, 40000}, 2000); // minutes of work
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                big.sin().sum().compute(Scheduler.threads(2));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        Thread.sleep(500);
        long t0 = System.nanoTime();
        caller.interrupt();
        caller.join(5000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(caller.isAlive(), "compute() returned after the interrupt");
        assertTrue(seconds < 1.0, "stopped in " + seconds + " s");
        assertInstanceOf(ComputationCancelledException.class, thrown.get());
        assertTrue(thrown.get().getMessage().contains("cancelled"), thrown.get().getMessage());
        Thread.sleep(100);
        boolean workers = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("chunkwise-worker") && t.isAlive());
        assertFalse(workers, "no worker thread is left running");
    }

    @Test
    void firstFailingTaskNamesTheChunkAndCancelsTheRest() {
        ChunkSource failing = new ChunkSource() {
            @Override
            public long[] shape() {
                return new long[] {100, 100};
            }

            @Override
            public DType dtype() {
                return DType.FLOAT64;
            }

            @Override
            public Object read(Region region) {
                if (region.start()[0] == 50 && region.start()[1] == 20) {
                    throw new IllegalStateException("disk on fire");
                }
                return new double[(int) region.elements()];
            }
        };
        ChunkedArray x = ChunkedArray.fromSource(failing, 10, 10);
        for (Scheduler s : new Scheduler[] {Scheduler.sync(), Scheduler.threads(3)}) {
            ChunkTaskException e = assertThrows(ChunkTaskException.class, () -> x.add(1).sum().compute(s));
            assertTrue(e.getMessage().contains("chunk [5, 2]"), e.getMessage());
            assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
        }
    }
}
