package io.chunkwise.io.zarr;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.io.npy.ByteCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DataFormatException;

/**
 * A Zarr v2 array in a directory store as a chunk source. {@link #read} assembles any region from
 * the chunk files it touches, decompressing each and converting its byte order; a missing chunk
 * file reads as the fill value (0 when the fill value is null). Stateless after opening, so safe
 * for concurrent reads.
 */
public final class ZarrSource implements ChunkSource {
    private final Path dir;
    private final ZarrMetadata meta;

    /** Opens the array in {@code dir}, reading and checking its {@code .zarray}. */
    public ZarrSource(Path dir) {
        this.dir = dir;
        this.meta = ZarrMetadata.read(dir);
    }

    public ZarrMetadata metadata() {
        return meta;
    }

    public Path path() {
        return dir;
    }

    @Override
    public long[] shape() {
        return meta.shape().clone();
    }

    @Override
    public DType dtype() {
        return meta.type().dtype();
    }

    /** The Zarr chunk shape. */
    @Override
    public int[] nativeBlock() {
        return meta.chunks().clone();
    }

    @Override
    public Object read(Region region) {
        long[] shape = meta.shape();
        int[] chunk = meta.chunks();
        int n = shape.length;
        checkRegion(region, shape);
        if (region.elements() == 0) {
            return Buffers.allocate(dtype(), 0);
        }
        long[] first = new long[n];
        long[] last = new long[n];
        boolean oneWholeChunk = true;
        for (int a = 0; a < n; a++) {
            first[a] = region.start()[a] / chunk[a];
            last[a] = (region.start()[a] + region.size()[a] - 1) / chunk[a];
            oneWholeChunk &= first[a] == last[a] && region.start()[a] % chunk[a] == 0 && region.size()[a] == chunk[a];
        }
        if (oneWholeChunk) {
            return readChunk(first);
        }
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        long[] outShape = new long[n];
        long[] chunkShape = new long[n];
        for (int a = 0; a < n; a++) {
            outShape[a] = region.size()[a];
            chunkShape[a] = chunk[a];
        }
        long[] idx = first.clone();
        while (true) {
            long[] from = new long[n];
            long[] to = new long[n];
            int[] size = new int[n];
            for (int a = 0; a < n; a++) {
                long origin = idx[a] * chunk[a];
                long lo = Math.max(origin, region.start()[a]);
                long hi = Math.min(origin + chunk[a], region.start()[a] + region.size()[a]);
                from[a] = lo - origin;
                to[a] = lo - region.start()[a];
                size[a] = (int) (hi - lo);
            }
            Buffers.copyBox(readChunk(idx), chunkShape, from, out, outShape, to, size);
            int a = n - 1;
            while (a >= 0 && ++idx[a] > last[a]) {
                idx[a] = first[a];
                a--;
            }
            if (a < 0) {
                return out;
            }
        }
    }

    /** The whole (padded) chunk at grid index {@code idx}, decoded; the fill value if its file is missing. */
    Object readChunk(long[] idx) {
        Path file = dir.resolve(meta.chunkKey(idx));
        DType dtype = dtype();
        int elements = meta.chunkElements();
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return filled(elements);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Zarr chunk file " + file + ": " + e.getMessage(), e);
        }
        byte[] raw;
        try {
            raw = meta.compressor().decompress(data, elements * dtype.itemSize());
        } catch (DataFormatException e) {
            throw new MalformedZarrException("Zarr chunk file " + file + " is corrupt: " + e.getMessage()
                    + "; expected " + (meta.compressor().codec() == ZarrCompression.Codec.NONE ? "uncompressed"
                    : meta.compressor() + " compressed") + " data of a " + Arrays.toString(meta.chunks()) + " chunk of "
                    + meta.type() + " (" + (long) elements * dtype.itemSize() + " bytes). Re-write the array, or delete "
                    + "the file to read it as the fill value", e);
        }
        Object out = Buffers.allocate(dtype, elements);
        ByteCodec.decode(ByteBuffer.wrap(raw).order(meta.type().order()), dtype, out, 0, elements);
        return out;
    }

    private Object filled(int elements) {
        DType dtype = dtype();
        Object out = Buffers.allocate(dtype, elements);
        Number fill = meta.fillValue();
        if (fill == null || fill.doubleValue() == 0 && !(fill instanceof Double d && d.equals(-0.0))) {
            return out;
        }
        switch (dtype) {
            case FLOAT64 -> Arrays.fill((double[]) out, fill.doubleValue());
            case FLOAT32 -> Arrays.fill((float[]) out, fill.floatValue());
            case INT64, UINT64 -> Arrays.fill((long[]) out, fill.longValue());
            case INT32, UINT32 -> Arrays.fill((int[]) out, (int) fill.longValue());
            case INT16, UINT16 -> Arrays.fill((short[]) out, (short) fill.longValue());
            case INT8, UINT8 -> Arrays.fill((byte[]) out, (byte) fill.longValue());
            case BOOL -> Arrays.fill((byte[]) out, (byte) (fill.longValue() != 0 ? 1 : 0));
        }
        return out;
    }

    private void checkRegion(Region region, long[] shape) {
        boolean ok = region.ndim() == shape.length && region.elements() <= Integer.MAX_VALUE;
        for (int a = 0; ok && a < shape.length; a++) {
            ok = region.start()[a] >= 0 && region.size()[a] >= 0 && region.start()[a] + region.size()[a] <= shape[a];
        }
        if (!ok) {
            throw new IndexOutOfBoundsException("region " + region + " is outside the Zarr array " + dir + " of shape "
                    + Arrays.toString(shape) + " or holds more than one Java array");
        }
    }

    @Override
    public String describe() {
        return "Zarr " + dir.getFileName();
    }
}
