package io.chunkwise.notebook;

import io.chunkwise.display.Formats;
import io.chunkwise.schedule.ProgressEvent;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.concurrent.CancellationException;

/**
 * Recognises a computation stopped by an interrupt and says so in one line, such as
 * {@code computation cancelled after 12 of 400 chunks}, instead of a stack trace.
 */
final class Cancellations {
    private Cancellations() {
    }

    /** Whether {@code t} or one of its causes is a cancellation or an interrupt. */
    static boolean isCancellation(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth++ < 32; c = c.getCause()) {
            if (c instanceof CancellationException || c instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one-line message for a cancellation on the current thread, with the task counts of the
     * computation that ended last on it when known.
     */
    static String message() {
        ProgressEvent e = ProgressBar.lastFinishedOnThisThread();
        if (e == null) {
            return "computation cancelled";
        }
        return "computation cancelled after " + Formats.count(e.tasksDone()) + " of "
                + Formats.plural(e.tasksTotal(), "task");
    }

    /** The message as a bundle: a short red note in HTML and the plain line. */
    static DisplayData display(String message) {
        DisplayData d = new DisplayData(message);
        d.putHTML("<div style=\"font-family:sans-serif;font-size:13px;color:#b00020\">" + Html.escape(message)
                + "</div>");
        return d;
    }
}
