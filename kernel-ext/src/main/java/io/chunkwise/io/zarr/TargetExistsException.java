package io.chunkwise.io.zarr;

/** A write's target path exists and is not a Zarr array, so it will not be replaced. */
public class TargetExistsException extends IllegalArgumentException {
    public TargetExistsException(String message) {
        super(message);
    }
}
