package io.chunkwise.io.npy;

import io.chunkwise.array.ChunkedArray;
import java.nio.file.Path;

/** The front door for {@code .npy} files: open one lazily, or store an array into one. */
public final class Npy {
    private Npy() {
    }

    /**
     * A lazy array over the {@code .npy} file at {@code path} (memory-mapped; nothing is read until
     * compute). {@code chunks} follows {@link io.chunkwise.array.Chunks#normalize}: empty = auto.
     */
    public static ChunkedArray open(Path path, int... chunks) {
        return ChunkedArray.fromSource(new NpySource(path), chunks);
    }

    /**
     * Computes {@code x} chunk by chunk into a little-endian {@code .npy} file at {@code target},
     * written beside it under a temporary name and renamed into place at the end; on failure the
     * target is left untouched and the temporary file removed.
     */
    public static void write(ChunkedArray x, Path target) {
        x.store(new NpySink(target, x.shape(), x.dtype()));
    }
}
