package io.chunkwise.schedule;

/** A fixed number of worker threads per computation, pulling tasks in order. */
final class ThreadPoolScheduler implements Scheduler {
    private final int threads;

    ThreadPoolScheduler(int threads) {
        this.threads = threads;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void run(Job job) {
        new Execution(job, threads).runThreads();
    }

    @Override
    public String toString() {
        return "Scheduler.threads(" + threads + ")";
    }
}
