package io.chunkwise.kernel;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs user code (snippet bodies, magics) on a fresh thread per call and stops it on request.
 *
 * <p>The kernel compiles on the shell thread and hands only user code to this runner, so an interrupt
 * never lands inside the compiler. {@link #interrupt()} first calls {@link Thread#interrupt()}; if the
 * code ignores that for {@link #STOP_AFTER_MILLIS}, the thread is stopped with {@link Thread#stop()}
 * (works up to Java 19; later JVMs refuse); if it still runs {@link #ABANDON_AFTER_MILLIS} later, the
 * caller stops waiting and the thread is left behind, so the kernel stays usable in every case.
 *
 * <p>Code that is already running on a runner thread (a magic evaluating an expression) runs inline.
 * While such code is back inside the kernel ({@link #uninterruptibly}), interrupts are held back and
 * delivered when user code resumes.
 */
final class UserCodeRunner {
    static final long STOP_AFTER_MILLIS = 1_500;
    static final long ABANDON_AFTER_MILLIS = 3_000;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Object lock = new Object();
    private Thread worker;
    private boolean interruptible;
    private boolean interruptRequested;
    private long interruptedAtNanos;

    /** Clears a previous interrupt request; called when a cell starts. */
    void reset() {
        synchronized (lock) {
            interruptRequested = false;
        }
    }

    /** Whether an interrupt was requested since the last {@link #reset()}. */
    boolean interruptRequested() {
        synchronized (lock) {
            return interruptRequested;
        }
    }

    /**
     * Runs {@code task} as user code and returns its result or rethrows what it threw (unwrapped).
     * Throws {@link CellInterruptedException} if the task had to be abandoned after an interrupt.
     */
    <T> T call(Callable<T> task) throws Throwable {
        if (Thread.currentThread() == currentWorker()) {
            return inline(task);
        }
        Outcome<T> outcome = new Outcome<>();
        Thread thread = new Thread(() -> outcome.complete(task), "chunkwise-cell-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        synchronized (lock) {
            worker = thread;
            interruptible = true;
            if (interruptRequested) {
                worker = null;
                throw new CellInterruptedException();
            }
            thread.start();
        }
        try {
            awaitOrAbandon(thread);
        } finally {
            synchronized (lock) {
                worker = null;
            }
        }
        return outcome.result();
    }

    /**
     * Runs {@code task} (kernel work such as compiling) with interrupts held back, when called from user
     * code; elsewhere it simply runs it.
     */
    <T> T uninterruptibly(Callable<T> task) throws Exception {
        if (Thread.currentThread() != currentWorker()) {
            return task.call();
        }
        boolean before = setInterruptible(false);
        try {
            return task.call();
        } finally {
            setInterruptible(before);
        }
    }

    /** Asks the running user code to stop; a no-op when nothing runs. Safe from any thread. */
    void interrupt() {
        synchronized (lock) {
            interruptRequested = true;
            interruptedAtNanos = System.nanoTime();
            if (worker != null && interruptible) {
                worker.interrupt();
            }
        }
    }

    private <T> T inline(Callable<T> task) throws Exception {
        boolean before = setInterruptible(true);
        try {
            return task.call();
        } finally {
            setInterruptible(before);
        }
    }

    private boolean setInterruptible(boolean value) {
        synchronized (lock) {
            boolean before = interruptible;
            interruptible = value;
            if (value && interruptRequested && worker != null) {
                worker.interrupt();
            }
            return before;
        }
    }

    private Thread currentWorker() {
        synchronized (lock) {
            return worker;
        }
    }

    private void awaitOrAbandon(Thread thread) throws CellInterruptedException {
        boolean stopTried = false;
        while (true) {
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CellInterruptedException();
            }
            if (!thread.isAlive()) {
                return;
            }
            long waited;
            boolean mayStop;
            synchronized (lock) {
                if (!interruptRequested) {
                    continue;
                }
                waited = (System.nanoTime() - interruptedAtNanos) / 1_000_000;
                mayStop = interruptible;
            }
            if (!stopTried && mayStop && waited >= STOP_AFTER_MILLIS) {
                stopTried = true;
                forceStop(thread);
            } else if (mayStop && waited >= STOP_AFTER_MILLIS + ABANDON_AFTER_MILLIS) {
                throw new CellInterruptedException(
                        "the cell ignored the interrupt; its thread " + thread.getName() + " was left running");
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void forceStop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException notOnThisJvm) {
            // Java 20+: the abandon step in awaitOrAbandon takes over.
        }
    }

    /** The result or failure of one task, handed from the worker thread to the waiting caller. */
    private static final class Outcome<T> {
        private volatile T value;
        private volatile Throwable failure;

        void complete(Callable<T> task) {
            try {
                value = task.call();
            } catch (Throwable t) {
                failure = t;
            }
        }

        T result() throws Throwable {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
