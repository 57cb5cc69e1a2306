package io.chunkwise.io.npy;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A {@code .npy} file as a chunk source: the header is read and checked when the source is
 * opened, the data is memory-mapped, and {@link #read} copies any region into a fresh C-order
 * buffer, converting the file's byte order. Safe for concurrent reads.
 *
 * <p>The mapping is made once and stays valid after the file channel is closed; it is released
 * when the source becomes unreachable. Replacing the file while a source is open is undefined
 * (as for any memory-mapped file).
 */
public final class NpySource implements ChunkSource {
    private final Path path;
    private final NpyHeader header;
    private final MappedData data;

    /**
     * Opens {@code path}; throws {@link MalformedNpyException} for a file that is not a valid
     * {@code .npy}, {@link UnsupportedNpyException} for Fortran order or an unsupported type.
     */
    public NpySource(Path path) {
        this(path, MappedData.DEFAULT_SEGMENT);
    }

    /** As {@link #NpySource(Path)}, mapping in segments of {@code segmentBytes} (for tests of large files). */
    NpySource(Path path, long segmentBytes) {
        this.path = path;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            this.header = NpyHeader.read(path, channel);
            this.data = new MappedData(channel, header.dataOffset(), header.dataBytes(), segmentBytes,
                    header.type().order());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read .npy file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The parsed header (version, type with byte order, shape, data offset). */
    public NpyHeader header() {
        return header;
    }

    public Path path() {
        return path;
    }

    @Override
    public long[] shape() {
        return header.shape().clone();
    }

    @Override
    public DType dtype() {
        return header.type().dtype();
    }

    /** Null: a {@code .npy} file has no blocks, any region reads equally well. */
    @Override
    public int[] nativeBlock() {
        return null;
    }

    @Override
    public Object read(Region region) {
        long[] shape = header.shape();
        checkRegion(region, shape);
        DType dtype = dtype();
        Object out = Buffers.allocate(dtype, (int) region.elements());
        int item = dtype.itemSize();
        CRuns.forEach(shape, region, (arrayIndex, regionIndex, length) ->
                data.read(arrayIndex * item, dtype, out, regionIndex, length));
        return out;
    }

    private void checkRegion(Region region, long[] shape) {
        boolean ok = region.ndim() == shape.length && region.elements() <= Integer.MAX_VALUE;
        for (int a = 0; ok && a < shape.length; a++) {
            ok = region.start()[a] >= 0 && region.size()[a] >= 0 && region.start()[a] + region.size()[a] <= shape[a];
        }
        if (!ok) {
            throw new IndexOutOfBoundsException("region " + region + " is outside " + path + " of shape "
                    + Arrays.toString(shape) + " or holds more than one Java array");
        }
    }

    @Override
    public String describe() {
        return ".npy " + path.getFileName();
    }
}
