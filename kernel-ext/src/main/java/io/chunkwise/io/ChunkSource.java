package io.chunkwise.io;

import io.chunkwise.array.DType;
import io.chunkwise.array.Region;

/**
 * Where a lazy array's data comes from: a shape, a dtype, and reads of any region into a fresh
 * primitive buffer.
 *
 * <p>{@link #read} returns a C-order primitive array of the region's size whose Java type is the
 * dtype's storage type ({@code double[]} for FLOAT64, {@code float[]} for FLOAT32, {@code long[]}
 * for INT64/UINT64, {@code int[]} for INT32/UINT32, {@code short[]} for INT16/UINT16, {@code byte[]}
 * for INT8/UINT8/BOOL). Implementations must be safe for concurrent reads from many threads and
 * should be descriptions (a path plus metadata), not captured data, where they can.
 */
public interface ChunkSource {
    long[] shape();

    DType dtype();

    /** The source's native block shape per axis (TIFF tile or strip, Zarr chunk), or null if none. */
    default int[] nativeBlock() {
        return null;
    }

    /** Reads one region; throws an unchecked exception naming the source and region on failure. */
    Object read(Region region);

    /** A short human description for summaries, e.g. {@code "GeoTIFF scene.tif band 1"}. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
