package io.chunkwise.array;

/**
 * A result cannot be held in memory: it is larger than one Java array or than the free heap. Thrown
 * before any work starts; the message says how to reduce or store the array instead.
 */
public class ResultTooLargeException extends IllegalStateException {
    public ResultTooLargeException(String message) {
        super(message);
    }
}
