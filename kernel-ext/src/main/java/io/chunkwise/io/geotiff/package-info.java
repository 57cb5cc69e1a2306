/**
 * GeoTIFF reading and writing, in pure Java: {@link io.chunkwise.io.geotiff.GeoTiff} opens a file
 * and hands out lazy bands ({@link io.chunkwise.io.geotiff.GeoTiffSource}, a ChunkSource decoding
 * only the tiles or strips a chunk touches through a bounded, shared block cache);
 * {@link io.chunkwise.io.geotiff.GeoTiffWriter} streams an array into a tiled, compressed file
 * through {@link io.chunkwise.io.geotiff.GeoTiffSink}.
 *
 * <p>Owns the TIFF container (classic and BigTIFF, either byte order), the codecs (LZW, DEFLATE
 * via {@code java.util.zip}, PackBits, none), the predictors, GeoKeys, a WKT1 table for common EPSG
 * codes, and GDAL's nodata convention. Malformed input fails with
 * {@link io.chunkwise.io.geotiff.GeoTiffFormatException}, file-system trouble with
 * {@link io.chunkwise.io.geotiff.GeoTiffIOException}; both name the file.
 *
 * <p>May import {@code io.chunkwise.array}, {@code io.chunkwise.io} and the JDK; never
 * {@code graph}, {@code schedule}, {@code kernels}, {@code display}, {@code notebook} or
 * {@code kernel}. No third-party libraries (no GDAL, no Apache SIS).
 */
package io.chunkwise.io.geotiff;
