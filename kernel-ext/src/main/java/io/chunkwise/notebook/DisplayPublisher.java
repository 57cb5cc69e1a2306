package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.DisplayStream;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends display messages from one daemon thread that nobody interrupts, in submission order.
 *
 * <p>Why: jeromq writes to NIO pipes, and a write from a thread whose interrupt flag is set closes the
 * pipe for good, leaving the kernel unable to publish. Cell threads and the scheduler's reporter are
 * interrupted routinely (the interrupt button, the end of a computation), so they hand their messages
 * to this thread instead of touching the socket themselves.
 */
final class DisplayPublisher {
    /** How long a synchronous send waits before giving up (the message is still sent later). */
    static final long WAIT_MILLIS = 5_000;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chunkwise-display");
        t.setDaemon(true);
        return t;
    });

    private DisplayPublisher() {
    }

    /** Shows {@code data} as a new output and waits until it is sent. */
    static void display(DisplayStream stream, DisplayData data) {
        await(THREAD.submit(() -> stream.display(data)));
    }

    /** Replaces the output {@code id} with {@code data} and waits until it is sent. */
    static void update(DisplayStream stream, String id, DisplayData data) {
        await(THREAD.submit(() -> stream.updateDisplay(id, data)));
    }

    /** Queues a send without waiting; later sends go out after it. */
    static Future<?> later(Runnable send) {
        return THREAD.submit(send);
    }

    /**
     * Waits for {@code f} without being interruptible (the interrupt flag is kept for the caller) and at
     * most {@link #WAIT_MILLIS}; a failed send is rethrown.
     */
    static void await(Future<?> f) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    f.get(left, TimeUnit.NANOSECONDS);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    return;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw c instanceof RuntimeException re ? re : new IllegalStateException("sending a display failed", c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
