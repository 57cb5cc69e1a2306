package io.chunkwise.notebook;

import io.chunkwise.display.ProgressView;
import io.chunkwise.schedule.ProgressEvent;
import io.chunkwise.schedule.ProgressListener;
import io.github.spencerpark.jupyter.kernel.DisplayStream;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.UUID;
import java.util.concurrent.Future;

/**
 * The live progress bar of one computation: nothing for the first {@code showAfterNanos}, then one
 * {@code display_data} with a fresh display id, {@code update_display_data} messages at most every
 * {@code minUpdateNanos} while it runs, and a final update with the done, failed or cancelled state.
 *
 * <p>Progress calls come from the scheduler's single reporter thread and are queued to the
 * {@link DisplayPublisher} without waiting (an update still being sent makes the next one skip); the
 * final update comes from the computing thread and waits until sent, so the bar is complete before
 * the cell ends. The outcome is also kept per thread for {@link Cancellations}.
 */
final class ProgressBar implements ProgressListener {
    private static final ThreadLocal<ProgressEvent> LAST_FINISHED = new ThreadLocal<>();

    private final DisplayStream stream;
    private final long showAfterNanos;
    private final long minUpdateNanos;
    private volatile String displayId;
    private volatile long lastSentNanos;
    private volatile Future<?> pending;

    /**
     * A bar shown on {@code stream}, or null for one that only records the outcome.
     */
    ProgressBar(DisplayStream stream, long showAfterNanos, long minUpdateNanos) {
        this.stream = stream;
        this.showAfterNanos = showAfterNanos;
        this.minUpdateNanos = minUpdateNanos;
    }

    /** The last event a computation finished with on the current thread, or null. */
    static ProgressEvent lastFinishedOnThisThread() {
        return LAST_FINISHED.get();
    }

    /** The display id, once the bar is shown. */
    String displayId() {
        return displayId;
    }

    @Override
    public void started(ProgressEvent event) {
        LAST_FINISHED.remove();
    }

    @Override
    public void progress(ProgressEvent e) {
        if (stream == null || !stream.isAttached() || e.elapsedNanos() < showAfterNanos) {
            return;
        }
        Future<?> previous = pending;
        if (previous != null && !previous.isDone()) {
            return;
        }
        if (displayId == null) {
            String id = "chunkwise-progress-" + UUID.randomUUID();
            DisplayData d = bundle(e, false, null);
            d.setDisplayId(id);
            displayId = id;
            lastSentNanos = e.elapsedNanos();
            pending = DisplayPublisher.later(() -> stream.display(d));
        } else if (e.elapsedNanos() - lastSentNanos >= minUpdateNanos) {
            String id = displayId;
            DisplayData d = bundle(e, false, null);
            lastSentNanos = e.elapsedNanos();
            pending = DisplayPublisher.later(() -> stream.updateDisplay(id, d));
        }
    }

    @Override
    public void finished(ProgressEvent e, Throwable failure) {
        LAST_FINISHED.set(e);
        String id = displayId;
        if (id != null) {
            DisplayPublisher.update(stream, id, bundle(e, failure == null, failure));
        }
    }

    /** The bar as {@code text/html} with a {@code text/plain} line. */
    static DisplayData bundle(ProgressEvent e, boolean done, Throwable failure) {
        DisplayData d = new DisplayData(ProgressView.text(e, done, failure));
        d.putHTML(ProgressView.html(e, done, failure));
        return d;
    }
}
