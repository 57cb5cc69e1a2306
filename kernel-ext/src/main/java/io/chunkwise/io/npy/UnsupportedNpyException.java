package io.chunkwise.io.npy;

/**
 * A valid {@code .npy} file uses a feature this reader does not support: Fortran order, an element
 * type outside {@link NumpyType#SUPPORTED}, or an unknown format version.
 */
public class UnsupportedNpyException extends UnsupportedOperationException {
    public UnsupportedNpyException(String message) {
        super(message);
    }
}
