package io.chunkwise.display;

import io.chunkwise.schedule.ProgressEvent;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * A computation's progress as an HTML bar (inline CSS) or a text line: tasks done out of the total,
 * bytes in binary units, elapsed time and an ETA while running; "done in 2.3 s", "failed" or
 * "cancelled" at the end.
 *
 * <p>A failure counts as a cancellation when it, or one of its causes, is a
 * {@link CancellationException} or an {@link InterruptedException}.
 */
public final class ProgressView {
    /** Width of the text bar in characters. */
    public static final int TEXT_WIDTH = 30;

    private enum State { RUNNING, DONE, FAILED, CANCELLED }

    private ProgressView() {
    }

    /** The progress bar as HTML; {@code failure} (may be null) wins over {@code done}. */
    public static String html(ProgressEvent e, boolean done, Throwable failure) {
        State s = state(done, failure);
        double frac = s == State.DONE ? 1 : clamp(e.fraction());
        String color = switch (s) {
            case RUNNING -> "#4c78a8";
            case DONE -> "#54a24b";
            case FAILED -> "#e45756";
            case CANCELLED -> "#9d9d9d";
        };
        StringBuilder out = new StringBuilder(1024);
        out.append("<div style=\"font-family:sans-serif;font-size:12px;margin:2px 0;max-width:520px\">");
        if (e.label() != null && !e.label().isBlank()) {
            out.append("<div style=\"margin-bottom:2px\">").append(Markup.escape(e.label())).append("</div>");
        }
        String pct = String.format(Locale.ROOT, "%.1f", frac * 100);
        out.append("<div role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                .append(pct).append("\" style=\"width:100%;height:14px;background:#e8e8e8;border-radius:3px;"
                        + "overflow:hidden\"><div style=\"width:").append(pct).append("%;height:100%;background:")
                .append(color).append("\"></div></div>");
        out.append("<div style=\"margin-top:2px;color:#333;font-variant-numeric:tabular-nums\">")
                .append(Markup.escape(details(e, s, failure, " \u00b7 "))).append("</div></div>");
        return out.toString();
    }

    /**
     * One text line like Dask's ProgressBar with more detail:
     * {@code [###############               ]  51% | 204 / 400 tasks | 1.52 GiB / 2.98 GiB | 1.0 s elapsed | ETA 1.0 s}.
     */
    public static String text(ProgressEvent e, boolean done, Throwable failure) {
        State s = state(done, failure);
        double frac = s == State.DONE ? 1 : clamp(e.fraction());
        int filled = (int) Math.floor(frac * TEXT_WIDTH);
        String bar = "#".repeat(filled) + " ".repeat(TEXT_WIDTH - filled);
        return "[" + bar + "] " + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(frac * 100)) + " | "
                + details(e, s, failure, " | ");
    }

    private static String details(ProgressEvent e, State s, Throwable failure, String sep) {
        StringBuilder sb = new StringBuilder();
        sb.append(Formats.count(e.tasksDone())).append(" / ").append(Formats.plural(e.tasksTotal(), "task"));
        if (e.bytesTotal() > 0) {
            sb.append(sep).append(Formats.bytes(e.bytesDone())).append(" / ").append(Formats.bytes(e.bytesTotal()));
        }
        String elapsed = Formats.duration(e.elapsedNanos());
        switch (s) {
            case RUNNING -> {
                sb.append(sep).append(elapsed).append(" elapsed");
                long eta = e.etaNanos();
                sb.append(sep).append("ETA ").append(eta < 0 ? "unknown" : Formats.duration(eta));
            }
            case DONE -> sb.append(sep).append("done in ").append(elapsed);
            case CANCELLED -> sb.append(sep).append("cancelled after ").append(elapsed);
            case FAILED -> {
                sb.append(sep).append("failed after ").append(elapsed);
                String msg = failure.getMessage();
                sb.append(": ").append(msg == null || msg.isBlank() ? failure.getClass().getSimpleName() : msg);
            }
        }
        return sb.toString();
    }

    private static State state(boolean done, Throwable failure) {
        if (failure != null) {
            int depth = 0;
            for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
                if (t instanceof CancellationException || t instanceof InterruptedException) {
                    return State.CANCELLED;
                }
            }
            return State.FAILED;
        }
        return done ? State.DONE : State.RUNNING;
    }

    private static double clamp(double f) {
        return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
    }
}
