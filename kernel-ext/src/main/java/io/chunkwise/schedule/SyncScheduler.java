package io.chunkwise.schedule;

/** Runs every task on the caller's thread, in order. */
final class SyncScheduler implements Scheduler {
    static final SyncScheduler INSTANCE = new SyncScheduler();

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void run(Job job) {
        new Execution(job, 1).runInline();
    }

    @Override
    public String toString() {
        return "Scheduler.sync()";
    }
}
