package io.chunkwise.schedule;

/** Holds the process-wide default scheduler. */
final class Defaults {
    private static volatile Scheduler current;

    private Defaults() {
    }

    static Scheduler current() {
        Scheduler s = current;
        return s != null ? s : new ThreadPoolScheduler(Runtime.getRuntime().availableProcessors());
    }

    static void set(Scheduler s) {
        current = s;
    }
}
