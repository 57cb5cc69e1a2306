package io.chunkwise.schedule;

/**
 * One computation as the scheduler sees it: a number of tasks, how to run task {@code i} on a
 * worker, and what to report.
 */
public interface Job {
    /** Number of tasks. */
    long tasks();

    /** Total bytes the tasks process, for progress (0 if unknown). */
    long totalBytes();

    /** What is computed, for progress and errors. */
    String label();

    /** Per-worker state (scratch buffers); created once per worker thread. */
    Object newWorkerState();

    /**
     * Runs task {@code i}; returns the bytes it processed. Long tasks should call
     * {@link Cancellation#check()} between tiles.
     */
    long runTask(long i, Object workerState) throws Exception;

    /** Describes task {@code i} for an error message, e.g. {@code "chunk [2, 3] (region [2000:3000, 3000:4000])"}. */
    String describeTask(long i);
}
