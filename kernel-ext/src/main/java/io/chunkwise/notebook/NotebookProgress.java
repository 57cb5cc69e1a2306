package io.chunkwise.notebook;

import io.chunkwise.schedule.ProgressHooks;
import io.chunkwise.schedule.ProgressListener;
import io.github.spencerpark.jupyter.kernel.DisplayStream;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The progress hook of the notebook layer: for each new computation it returns a {@link ProgressBar} on
 * the display stream of a kernel that is executing a cell, a recording-only bar when the computation
 * runs inside one of our magics with no cell attached, and nothing otherwise (so programs that never
 * touch a kernel pay nothing).
 */
final class NotebookProgress implements Supplier<ProgressListener> {
    /** Computations shorter than this show no bar. */
    static final long SHOW_AFTER_NANOS = 500_000_000L;
    /** Updates are at least this far apart (the final one always goes out). */
    static final long MIN_UPDATE_NANOS = 200_000_000L;

    /** The hook installed by {@link ChunkwiseExtension}. */
    static final NotebookProgress INSTANCE = new NotebookProgress(SHOW_AFTER_NANOS, MIN_UPDATE_NANOS);

    private final CopyOnWriteArrayList<DisplayStream> streams = new CopyOnWriteArrayList<>();
    private final long showAfterNanos;
    private final long minUpdateNanos;

    NotebookProgress(long showAfterNanos, long minUpdateNanos) {
        this.showAfterNanos = showAfterNanos;
        this.minUpdateNanos = minUpdateNanos;
    }

    /** Shows bars on {@code stream} (a kernel's {@code getIO().display}) while it is attached to a cell. */
    void addStream(DisplayStream stream) {
        streams.addIfAbsent(stream);
    }

    void removeStream(DisplayStream stream) {
        streams.remove(stream);
    }

    /** Adds this hook to the scheduler's progress hooks (idempotent). */
    void hook() {
        ProgressHooks.add(this);
    }

    void unhook() {
        ProgressHooks.remove(this);
    }

    @Override
    public ProgressListener get() {
        for (DisplayStream s : streams) {
            if (s.isAttached()) {
                return new ProgressBar(s, showAfterNanos, minUpdateNanos);
            }
        }
        return MagicScope.active() ? new ProgressBar(null, showAfterNanos, minUpdateNanos) : null;
    }
}
