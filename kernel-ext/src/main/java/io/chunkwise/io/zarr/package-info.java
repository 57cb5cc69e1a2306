/**
 * Zarr v2 arrays in directory stores: {@link io.chunkwise.io.zarr.ZarrSource} reads them chunk by
 * chunk, {@link io.chunkwise.io.zarr.ZarrSink} writes them (no compression, zlib or gzip),
 * {@link io.chunkwise.io.zarr.Zarr} is the front door. Owns a tiny strict JSON reader for
 * {@code .zarray} files.
 *
 * <p>Part of the core: may import {@code io.chunkwise.array}, {@code io.chunkwise.io},
 * {@code io.chunkwise.io.npy} (NumPy type strings and the byte codec) and the JDK; never
 * {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.io.zarr;
