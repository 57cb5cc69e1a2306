package io.chunkwise.schedule;

import java.util.concurrent.CancellationException;

/** A computation was stopped because the thread that called {@code compute()} was interrupted. */
public class ComputationCancelledException extends CancellationException {
    public ComputationCancelledException(String message) {
        super(message);
    }
}
