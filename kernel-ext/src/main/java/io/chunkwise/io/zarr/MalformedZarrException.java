package io.chunkwise.io.zarr;

/**
 * A Zarr array is broken: a missing or invalid {@code .zarray}, or a chunk file that does not
 * decompress to a whole chunk.
 */
public class MalformedZarrException extends IllegalArgumentException {
    public MalformedZarrException(String message) {
        super(message);
    }

    public MalformedZarrException(String message, Throwable cause) {
        super(message, cause);
    }
}
