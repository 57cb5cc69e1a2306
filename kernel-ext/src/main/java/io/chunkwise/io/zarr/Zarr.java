package io.chunkwise.io.zarr;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Chunks;
import java.nio.file.Path;

/** The front door for Zarr v2 directory stores: open one lazily, or store an array into one. */
public final class Zarr {
    private Zarr() {
    }

    /**
     * A lazy array over the Zarr v2 array in directory {@code dir}; nothing but {@code .zarray} is
     * read until compute. {@code chunks} follows {@link Chunks#normalize}; empty = auto, in whole
     * multiples of the Zarr chunks.
     */
    public static ChunkedArray open(Path dir, int... chunks) {
        return ChunkedArray.fromSource(new ZarrSource(dir), chunks);
    }

    /**
     * Computes {@code x} chunk by chunk into a Zarr v2 array at {@code target} (see {@link ZarrSink}
     * for how an existing target is treated). {@code chunks} is the Zarr chunk shape in any spelling
     * {@link Chunks#normalize} accepts; empty = {@code x}'s own chunks when they are regular, else auto.
     */
    public static void write(ChunkedArray x, Path target, ZarrCompression compression, int... chunks) {
        x.store(new ZarrSink(target, x.shape(), x.dtype(), chunkShape(x, chunks), compression));
    }

    /** The Zarr chunk shape {@link #write} uses for {@code x} and a chunk spec. */
    static int[] chunkShape(ChunkedArray x, int... chunks) {
        Chunks grid = chunks.length > 0 ? Chunks.normalize(x.shape(), x.dtype(), chunks)
                : x.chunks().isRegular() ? x.chunks() : Chunks.normalize(x.shape(), x.dtype());
        int[] shape = grid.maxChunk();
        for (int a = 0; a < shape.length; a++) {
            shape[a] = Math.max(1, shape[a]); // a zero-length axis still needs a positive chunk length
        }
        return shape;
    }
}
