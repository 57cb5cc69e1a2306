package io.chunkwise.io.npy;

/** A file is not a valid {@code .npy} file: wrong magic, truncated, or an unreadable header. */
public class MalformedNpyException extends IllegalArgumentException {
    public MalformedNpyException(String message) {
        super(message);
    }

    public MalformedNpyException(String message, Throwable cause) {
        super(message, cause);
    }
}
