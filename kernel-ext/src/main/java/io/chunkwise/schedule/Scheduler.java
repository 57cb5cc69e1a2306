package io.chunkwise.schedule;

/**
 * Runs the tasks of one computation. Tasks are numbered 0..n-1 and started in that order (the
 * lowering puts them depth-first, so partial results combine early); at most {@link #parallelism()}
 * run at once, which bounds the chunk memory in flight.
 *
 * <p>Blocking: {@link #run} returns when every task has ended. Interrupting the calling thread
 * cancels the pending tasks, makes running ones stop at their next tile and throws
 * {@link ComputationCancelledException}; the first failing task cancels the rest and its error is
 * rethrown as {@link ChunkTaskException} naming the task.
 */
public interface Scheduler {
    /** A pool of {@code threads} workers, created for each computation and joined at its end. */
    static Scheduler threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a thread scheduler needs at least 1 thread, got " + threads);
        }
        return new ThreadPoolScheduler(threads);
    }

    /** Everything on the caller's thread, in task order (deterministic; for tests and debugging). */
    static Scheduler sync() {
        return SyncScheduler.INSTANCE;
    }

    /** The process default: as set by {@link #setDefault}, else a pool sized to the cores. */
    static Scheduler defaultScheduler() {
        return Defaults.current();
    }

    /** Replaces the process default (the notebook's {@code %scheduler} magic uses this). */
    static void setDefault(Scheduler scheduler) {
        Defaults.set(scheduler);
    }

    int parallelism();

    /**
     * This scheduler, reporting every computation it runs to {@code listener} as well (besides the
     * process-wide {@link ProgressHooks}).
     */
    default Scheduler withProgress(ProgressListener listener) {
        Scheduler inner = this;
        return new Scheduler() {
            @Override
            public int parallelism() {
                return inner.parallelism();
            }

            @Override
            public void run(Job job) {
                Execution.EXTRA.set(listener);
                try {
                    inner.run(job);
                } finally {
                    Execution.EXTRA.remove();
                }
            }

            @Override
            public String toString() {
                return inner + ".withProgress(...)";
            }
        };
    }

    /** Runs a job to completion, reporting progress to the job's listeners. */
    void run(Job job);
}
