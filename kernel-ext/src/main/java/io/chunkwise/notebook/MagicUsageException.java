package io.chunkwise.notebook;

/**
 * A magic was called with arguments it cannot use; the message names what was received, lists the valid
 * options and gives the magic's usage line.
 *
 * <p>Like IPython's {@code UsageError} it carries no stack trace: the kernel shows the message alone.
 */
public class MagicUsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MagicUsageException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
