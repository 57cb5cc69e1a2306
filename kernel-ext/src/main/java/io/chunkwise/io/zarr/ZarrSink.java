package io.chunkwise.io.zarr;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSink;
import io.chunkwise.io.npy.ByteCodec;
import io.chunkwise.io.npy.NumpyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an array as a Zarr v2 directory store (little-endian, C order, fill value 0, chunk keys
 * joined with {@code "."}), readable by zarr-python. {@link #blockShape} is the Zarr chunk shape;
 * each region written must be a whole number of chunks on the chunk grid (edge chunks are padded to
 * the full chunk shape with the fill value, as zarr does). Regions may arrive concurrently.
 *
 * <p>Everything is written into a temporary directory beside the target ({@code .name.tmp-*}).
 * {@link #commit} checks every chunk was written, adds {@code .zarray} and {@code .zattrs}, and
 * renames the directory into place. If the target exists it must itself be a Zarr array (holding a
 * {@code .zarray}); it is then replaced by two renames (old store aside, new store in, old store
 * deleted), so it is never half-written though it is briefly absent. Any other existing target is
 * refused with {@link TargetExistsException}. {@link #abort} removes the temporary directory.
 */
public final class ZarrSink implements ChunkSink {
    private final Path target;
    private final ZarrMetadata meta;
    private final long expectedChunks;
    private final AtomicLong writtenChunks = new AtomicLong();
    private Path temp;
    private boolean finished;

    /** A sink for an array of {@code shape} and {@code dtype}, stored in chunks of {@code chunks}. */
    public ZarrSink(Path target, long[] shape, DType dtype, int[] chunks, ZarrCompression compression) {
        if (chunks.length != shape.length || Arrays.stream(chunks).anyMatch(c -> c <= 0)) {
            throw new IllegalArgumentException("Zarr chunks " + Arrays.toString(chunks) + " do not fit shape "
                    + Arrays.toString(shape) + "; give one positive chunk length per axis");
        }
        long elements = 1;
        long count = 1;
        for (int a = 0; a < shape.length; a++) {
            elements *= chunks[a];
            count *= (shape[a] + chunks[a] - 1) / chunks[a];
            if (elements * dtype.itemSize() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("Zarr chunks " + Arrays.toString(chunks) + " of " + dtype
                        + " would hold over 2 GiB each; choose smaller chunks");
            }
        }
        this.target = target;
        this.expectedChunks = count;
        this.meta = new ZarrMetadata(shape.clone(), chunks.clone(), NumpyType.littleEndian(dtype), compression,
                dtype.isFloat() ? (Number) 0.0 : (Number) 0L, ".");
        checkTarget();
    }

    /** The metadata that {@code .zarray} will hold. */
    public ZarrMetadata metadata() {
        return meta;
    }

    /** The Zarr chunk shape: regions must be made of whole chunks. */
    @Override
    public int[] blockShape() {
        return meta.chunks().clone();
    }

    @Override
    public void write(Region region, Object buffer) {
        DType dtype = meta.type().dtype();
        Buffers.check(buffer, dtype, region.elements(), "region " + region + " for Zarr array " + target);
        long[] shape = meta.shape();
        int[] chunk = meta.chunks();
        int n = shape.length;
        checkAligned(region, shape, chunk);
        if (region.elements() == 0) {
            return;
        }
        Path dir = tempDir();
        long[] regionShape = new long[n];
        long[] chunkShape = new long[n];
        long[] first = new long[n];
        long[] last = new long[n];
        for (int a = 0; a < n; a++) {
            regionShape[a] = region.size()[a];
            chunkShape[a] = chunk[a];
            first[a] = region.start()[a] / chunk[a];
            last[a] = (region.start()[a] + region.size()[a] - 1) / chunk[a];
        }
        long[] idx = first.clone();
        while (true) {
            long[] from = new long[n];
            int[] size = new int[n];
            boolean whole = true;
            for (int a = 0; a < n; a++) {
                long origin = idx[a] * chunk[a];
                from[a] = origin - region.start()[a];
                size[a] = (int) Math.min(chunk[a], shape[a] - origin);
                whole &= size[a] == chunk[a] && region.size()[a] == chunk[a];
            }
            Object data = buffer;
            if (!whole) {
                data = Buffers.allocate(dtype, meta.chunkElements()); // zero = the fill value
                Buffers.copyBox(buffer, regionShape, from, data, chunkShape, new long[n], size);
            }
            writeChunk(dir, idx, data);
            int a = n - 1;
            while (a >= 0 && ++idx[a] > last[a]) {
                idx[a] = first[a];
                a--;
            }
            if (a < 0) {
                return;
            }
        }
    }

    private void writeChunk(Path dir, long[] idx, Object chunkData) {
        DType dtype = meta.type().dtype();
        int elements = meta.chunkElements();
        ByteBuffer raw = ByteBuffer.allocate(elements * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        ByteCodec.encode(chunkData, 0, elements, dtype, raw);
        Path file = dir.resolve(meta.chunkKey(idx));
        try {
            Files.write(file, meta.compressor().compress(raw.array()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Zarr chunk " + file.getFileName() + " for " + target + ": "
                    + e.getMessage(), e);
        }
        writtenChunks.incrementAndGet();
    }

    @Override
    public synchronized void commit() {
        if (finished) {
            throw new IllegalStateException("the Zarr sink for " + target + " was already committed or aborted");
        }
        if (writtenChunks.get() != expectedChunks) {
            abort();
            throw new IllegalStateException("cannot commit " + target + ": " + writtenChunks.get() + " of "
                    + expectedChunks + " chunks were written; the temporary store was removed and the target left "
                    + "untouched");
        }
        Path dir = tempDir();
        finished = true;
        try {
            Files.writeString(dir.resolve(ZarrMetadata.ZARRAY), meta.toJson());
            Files.writeString(dir.resolve(".zattrs"), "{}\n");
            checkTarget();
            StoreRename.moveIntoPlace(dir, target);
            temp = null;
        } catch (IOException e) {
            deleteTemp();
            throw new UncheckedIOException("cannot move the finished Zarr store into place at " + target + ": "
                    + e.getMessage() + "; the target was left as it was", e);
        } catch (RuntimeException e) {
            deleteTemp();
            throw e;
        }
    }

    @Override
    public synchronized void abort() {
        finished = true;
        deleteTemp();
    }

    /** Creates the temporary directory on first use. */
    private synchronized Path tempDir() {
        if (finished) {
            throw new IllegalStateException("the Zarr sink for " + target + " was already committed or aborted");
        }
        if (temp == null) {
            try {
                temp = Files.createTempDirectory(parent(), "." + target.getFileName() + ".tmp-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory beside " + target + ": "
                        + e.getMessage(), e);
            }
        }
        return temp;
    }

    private void deleteTemp() {
        try {
            if (temp != null) {
                Trees.delete(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary store " + temp + ": " + e.getMessage(), e);
        } finally {
            temp = null;
        }
    }

    private Path parent() {
        return target.toAbsolutePath().getParent();
    }

    private void checkTarget() {
        Path dir = parent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write Zarr array " + target + ": its directory does not exist");
        }
        if (Files.exists(target) && !Files.isRegularFile(target.resolve(ZarrMetadata.ZARRAY))) {
            throw new TargetExistsException("cannot write Zarr array " + target + ": the path exists and is not a "
                    + "Zarr array (no .zarray), so it is not replaced; choose another path or remove it first");
        }
    }

    private static void checkAligned(Region region, long[] shape, int[] chunk) {
        for (int a = 0; a < shape.length; a++) {
            long start = region.start()[a];
            long end = start + region.size()[a];
            if (start < 0 || end > shape[a] || start % chunk[a] != 0 || (end % chunk[a] != 0 && end != shape[a])) {
                throw new IllegalArgumentException("region " + region + " is not made of whole Zarr chunks "
                        + Arrays.toString(chunk) + " of shape " + Arrays.toString(shape)
                        + "; store the array with regions aligned to blockShape()");
            }
        }
    }
}
