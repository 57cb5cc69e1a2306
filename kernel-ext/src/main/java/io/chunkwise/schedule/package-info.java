/**
 * Execution: the {@link io.chunkwise.schedule.Scheduler} SPI with a thread-pool and a synchronous
 * implementation, progress reporting through one throttled reporter, and cancellation.
 *
 * <p>Knows nothing of arrays: it runs numbered tasks of a {@link io.chunkwise.schedule.Job}. Imports
 * only the JDK; never {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.schedule;
