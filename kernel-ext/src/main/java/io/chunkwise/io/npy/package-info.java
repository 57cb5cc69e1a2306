/**
 * NumPy {@code .npy} files: {@link io.chunkwise.io.npy.NpySource} reads them memory-mapped,
 * {@link io.chunkwise.io.npy.NpySink} writes them region by region, {@link io.chunkwise.io.npy.Npy}
 * is the front door. Also owns the NumPy type strings ({@code "<f8"}) and the byte codec that the
 * Zarr package reuses.
 *
 * <p>Part of the core: may import {@code io.chunkwise.array}, {@code io.chunkwise.io} and the JDK;
 * never {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.io.npy;
