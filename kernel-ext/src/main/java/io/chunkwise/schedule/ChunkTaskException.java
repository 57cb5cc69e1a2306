package io.chunkwise.schedule;

/** A task of a computation failed; the message names the task (chunk index and region) and the operation. */
public class ChunkTaskException extends RuntimeException {
    private final long task;

    public ChunkTaskException(String message, long task, Throwable cause) {
        super(message, cause);
        this.task = task;
    }

    /** The failing task's number. */
    public long task() {
        return task;
    }
}
