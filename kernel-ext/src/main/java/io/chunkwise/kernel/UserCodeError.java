package io.chunkwise.kernel;

/**
 * Carries a {@link Error} (such as {@link StackOverflowError}) thrown by cell code to the Jupyter error
 * reply, which only accepts exceptions. Ordinary exceptions from cell code are reported as themselves.
 */
public class UserCodeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code error}; the message names the error class and its message. */
    public UserCodeError(Error error) {
        super(error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage()), error);
    }
}
