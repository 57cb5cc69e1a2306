package io.chunkwise.notebook;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while something runs, sampled every {@value #SAMPLE_MILLIS} ms on a daemon
 * thread. Heap in use includes garbage not yet collected, so this is an upper bound on live data.
 */
final class PeakHeap {
    static final long SAMPLE_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private PeakHeap() {
        peak = used();
        sampler = new Thread(this::sample, "chunkwise-heap-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling. */
    static PeakHeap start() {
        PeakHeap p = new PeakHeap();
        p.sampler.start();
        return p;
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the peak in bytes, including a last sample taken now. */
    long stop() {
        running = false;
        sampler.interrupt();
        peak = Math.max(peak, used());
        return peak;
    }

    /** The JVM's maximum heap in bytes, or -1 if undefined. */
    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
