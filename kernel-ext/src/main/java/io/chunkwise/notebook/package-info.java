/**
 * The notebook layer: renderers and line magics that make Chunkwise arrays visible in Jupyter, and the
 * live progress bar for computations run from a cell.
 *
 * <p>{@link io.chunkwise.notebook.ChunkwiseExtension} is the entry point: {@code install()} finds the
 * running kernel (the Chunkwise kernel directly, a stock IJava kernel reflectively) and registers, once,
 * renderers for {@code ChunkedArray}, {@code DenseArray}, {@code Histogram}, {@code LazyHistogram} and
 * {@code GeoTiff}; the magics {@code %compute %hist %describe %preview %graph %scheduler %chunkwise}; and a
 * {@link io.chunkwise.schedule.ProgressHooks progress hook} that shows an HTML bar, updated in place, for
 * any computation that runs longer than half a second while a cell executes. Every message to the
 * front end goes out through one publishing thread that is never interrupted, so interrupting a cell
 * cannot break the kernel's sockets.
 *
 * <p>This is the only package besides {@code io.chunkwise.kernel} that touches jupyter-jvm-basekernel
 * types. It may import basekernel, {@code io.chunkwise.display}, {@code io.chunkwise.array},
 * {@code io.chunkwise.schedule}, {@code io.chunkwise.graph} (the preview's strided sample is a derived
 * source), {@code io.chunkwise.io}, {@code io.chunkwise.kernel} (to find its own kernel), Tablesaw and the
 * JDK. Nothing else in the project imports it; the kernel reaches it only by class name. IJava is never
 * imported: it is found by reflection, so this package compiles and runs without it.
 */
package io.chunkwise.notebook;
