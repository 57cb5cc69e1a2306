package io.chunkwise.io.geotiff;

import io.chunkwise.array.ChunkedArray;
import java.nio.file.Path;

/**
 * Writes a lazy array to a tiled, compressed GeoTIFF, chunk by chunk and in parallel, without
 * holding the whole array in memory. A 2-D array becomes one band; a 3-D (band, row, col) array a
 * multi-band file. The file appears under its name only when complete: a failure midway leaves
 * the target as it was and no temporary file behind.
 */
public final class GeoTiffWriter {
    private GeoTiffWriter() {
    }

    /** Writes {@code x} to {@code target} with the given options. */
    public static void write(ChunkedArray x, Path target, GeoTiffWriteOptions options) {
        x.store(new GeoTiffSink(target, x.shape(), x.dtype(), options));
    }

    /** Writes {@code x} to {@code target} with {@link GeoTiffWriteOptions#defaults()}. */
    public static void write(ChunkedArray x, Path target) {
        write(x, target, GeoTiffWriteOptions.defaults());
    }
}
