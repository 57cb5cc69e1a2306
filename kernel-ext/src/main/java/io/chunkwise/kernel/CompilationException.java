package io.chunkwise.kernel;

import java.util.List;

/**
 * Thrown when cell code does not compile, or refers to names that are not declared yet.
 *
 * <p>{@link #report()} holds the lines shown to the user: each diagnostic with the cell line it is on
 * and a caret under the offending code.
 */
public class CompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> report;

    /** A compile failure summarised by {@code message} and explained by the {@code report} lines. */
    public CompilationException(String message, List<String> report) {
        super(message);
        this.report = List.copyOf(report);
    }

    /** The lines shown to the user, without trailing newlines. */
    public List<String> report() {
        return report;
    }
}
