package io.chunkwise.schedule;

/**
 * Receives progress of one computation. All calls for one computation come from a single thread
 * at a time, in order: {@link #started}, then throttled {@link #progress} updates (at most about ten
 * a second, from the reporter thread), then exactly one {@link #finished} from the thread that called
 * {@code compute()}, after every task has ended.
 */
public interface ProgressListener {
    default void started(ProgressEvent event) {
    }

    void progress(ProgressEvent event);

    /** The final state; {@code failure} is null on success. */
    default void finished(ProgressEvent event, Throwable failure) {
    }
}
