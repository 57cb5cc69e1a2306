package io.chunkwise.kernel;

/**
 * Thrown when a cell stops because the user interrupted it; the kernel stays usable.
 */
public class CellInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An interrupt with the standard message. */
    public CellInterruptedException() {
        super("the cell was interrupted");
    }

    /** An interrupt with extra detail, e.g. that the cell's thread could not be stopped. */
    public CellInterruptedException(String detail) {
        super("the cell was interrupted: " + detail);
    }
}
