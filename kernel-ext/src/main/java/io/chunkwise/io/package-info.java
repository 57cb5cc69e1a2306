/**
 * Input and output: the {@link io.chunkwise.io.ChunkSource} and {@link io.chunkwise.io.ChunkSink}
 * SPIs and the format packages behind them (GeoTIFF, .npy, Zarr).
 *
 * <p>Part of the core: may import {@code io.chunkwise.array} and the JDK (plus Apache SIS in
 * {@code io.geotiff}); never {@code display}, {@code notebook} or {@code kernel}.
 */
package io.chunkwise.io;
