package io.chunkwise.array;

/**
 * A block function returned something other than what its operation declared: no array, the wrong
 * shape or the wrong dtype. The message names the operation, the block index, what was received
 * and what was expected.
 */
public class BlockResultException extends IllegalStateException {
    public BlockResultException(String message) {
        super(message);
    }
}
