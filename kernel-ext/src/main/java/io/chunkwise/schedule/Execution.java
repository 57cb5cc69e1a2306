package io.chunkwise.schedule;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of a job: workers pull task numbers in order from a shared counter; a reporter thread
 * sends throttled progress to the listeners; the calling thread waits, cancels on interrupt and
 * sends the final progress event itself.
 */
final class Execution {
    private static final long REPORT_INTERVAL_MS = 100;

    private final Job job;
    private final int threads;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** A listener added by {@link Scheduler#withProgress} for runs started on this thread. */
    static final ThreadLocal<ProgressListener> EXTRA = new ThreadLocal<>();

    private final List<ProgressListener> listeners = listeners();
    private final long startNanos = System.nanoTime();

    Execution(Job job, int threads) {
        this.job = job;
        this.threads = (int) Math.max(1, Math.min(threads, Math.max(1, job.tasks())));
    }

    private static List<ProgressListener> listeners() {
        List<ProgressListener> l = ProgressHooks.listenersForNewComputation();
        if (EXTRA.get() != null) {
            l.add(EXTRA.get());
        }
        return l;
    }

    void runInline() {
        started();
        Thread reporter = startReporter();
        try {
            Cancellation.bind(cancelled);
            work();
        } finally {
            Cancellation.unbind();
            stop(reporter);
        }
        if (Thread.interrupted()) {
            cancelled.set(true);
            failure.compareAndSet(null, new ComputationCancelledException(cancelMessage()));
        }
        finish();
    }

    void runThreads() {
        started();
        Thread reporter = startReporter();
        Thread[] workers = new Thread[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new Thread(() -> {
                Cancellation.bind(cancelled);
                try {
                    work();
                } finally {
                    Cancellation.unbind();
                }
            }, "chunkwise-worker-" + w);
            workers[w].setDaemon(true);
            workers[w].start();
        }
        boolean interrupted = false;
        for (Thread t : workers) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled.set(true);
                    failure.compareAndSet(null, new ComputationCancelledException(cancelMessage()));
                }
            }
        }
        stop(reporter);
        finish();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String cancelMessage() {
        return "computation of " + job.label() + " was cancelled after " + done.get() + " of " + job.tasks()
                + " tasks (the calling thread was interrupted)";
    }

    private void work() {
        Object state = null;
        while (!cancelled.get()) {
            long i = next.getAndIncrement();
            if (i >= job.tasks()) {
                return;
            }
            try {
                if (state == null) {
                    state = job.newWorkerState();
                }
                bytes.addAndGet(job.runTask(i, state));
                done.incrementAndGet();
            } catch (ComputationCancelledException e) {
                cancelled.set(true);
                failure.compareAndSet(null, new ComputationCancelledException(cancelMessage()));
                return;
            } catch (Throwable t) {
                if (failure.compareAndSet(null, wrap(i, t))) {
                    cancelled.set(true);
                }
                return;
            }
            if (threads == 1 && Thread.currentThread().isInterrupted()) {
                cancelled.set(true);
                failure.compareAndSet(null, new ComputationCancelledException(cancelMessage()));
                return;
            }
        }
    }

    private Throwable wrap(long i, Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return new ChunkTaskException("computing " + job.label() + " ran out of memory at " + job.describeTask(i)
                    + "; use smaller chunks, fewer threads (Scheduler.threads(1)) or a larger heap (-Xmx)", i, t);
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
        return new ChunkTaskException("computing " + job.label() + " failed at " + job.describeTask(i) + ": " + msg, i, t);
    }

    private ProgressEvent snapshot() {
        return new ProgressEvent(job.label(), done.get(), job.tasks(), bytes.get(), job.totalBytes(),
                System.nanoTime() - startNanos);
    }

    private void started() {
        ProgressEvent e = snapshot();
        for (ProgressListener l : listeners) {
            safely(() -> l.started(e));
        }
    }

    private Thread startReporter() {
        if (listeners.isEmpty()) {
            return null;
        }
        Thread r = new Thread(() -> {
            long last = -1;
            while (true) {
                try {
                    Thread.sleep(REPORT_INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
                long d = done.get();
                if (d != last) {
                    last = d;
                    ProgressEvent e = snapshot();
                    for (ProgressListener l : listeners) {
                        safely(() -> l.progress(e));
                    }
                }
            }
        }, "chunkwise-progress");
        r.setDaemon(true);
        r.start();
        return r;
    }

    private void stop(Thread reporter) {
        if (reporter == null) {
            return;
        }
        reporter.interrupt();
        boolean interrupted = false;
        while (reporter.isAlive()) {
            try {
                reporter.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void finish() {
        Throwable f = failure.get();
        ProgressEvent e = snapshot();
        for (ProgressListener l : listeners) {
            safely(() -> l.finished(e, f));
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // a broken display must never break a computation
        }
    }
}
