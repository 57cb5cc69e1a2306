/**
 * The Chunkwise Jupyter kernel: JShell evaluation in the kernel's own JVM on jupyter-jvm-basekernel,
 * with completion, is-complete, inspect, interrupt, line magics ({@code %jars}, {@code %classpath}) and
 * brief error reports. {@link io.chunkwise.kernel.ChunkwiseKernel} is the entry point and the handle that
 * the notebook extension uses ({@code getKernelInstance()}, {@code getMagics()}, {@code evalExpression}).
 *
 * <p>May import jupyter-jvm-basekernel, {@code jdk.jshell} and the JDK. It reaches the notebook
 * extension only reflectively (by class name), and nothing in the core imports this package.
 */
package io.chunkwise.kernel;
