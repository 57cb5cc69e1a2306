package io.chunkwise.schedule;

/**
 * A snapshot of a running computation: tasks (chunks) and bytes done out of the totals, and the
 * time since it started. {@code label} names what is computed (e.g. {@code "sum of mul"}).
 */
public record ProgressEvent(String label, long tasksDone, long tasksTotal, long bytesDone, long bytesTotal,
                            long elapsedNanos) {
    /** Fraction of tasks done, 0 to 1. */
    public double fraction() {
        return tasksTotal == 0 ? 1 : (double) tasksDone / tasksTotal;
    }

    /** Estimated nanoseconds to go from the rate so far, or -1 when nothing is done yet. */
    public long etaNanos() {
        if (tasksDone == 0) {
            return -1;
        }
        return (long) (elapsedNanos * ((double) (tasksTotal - tasksDone) / tasksDone));
    }
}
