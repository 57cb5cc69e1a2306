package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Writes a tiled, compressed GeoTIFF chunk by chunk: a 2-D (row, col) array as one band, or a 3-D
 * (band, row, col) array as a band-interleaved (PlanarConfiguration 2) multi-band file.
 *
 * <p>{@link #write} may be called from many threads at once with regions aligned to
 * {@link #blockShape()} (edge regions smaller); each tile is compressed on the calling thread and
 * appended to a temporary file beside the target with a positional write, so writers do not
 * wait for each other. {@link #commit} writes the directory and renames the file into place;
 * {@link #abort} deletes it. The target is untouched until commit succeeds.
 */
public final class GeoTiffSink implements ChunkSink {
    private static final int HEADER = 16;

    private final Path target;
    private final long[] shape;
    private final DType dtype;
    private final GeoTiffWriteOptions options;
    private final int predictor;
    private final int th;
    private final int tw;
    private final int bands;
    private final int height;
    private final int width;
    private final int across;
    private final int down;
    private final AtomicLongArray offsets;
    private final AtomicLongArray counts;
    private final AtomicLong end = new AtomicLong(HEADER);
    private Path temp;
    private volatile FileChannel channel;
    private volatile State state = State.OPEN;

    private enum State { OPEN, COMMITTED, ABORTED }

    /** A sink writing an array of {@code shape} (rows, cols or bands, rows, cols) and {@code dtype} to {@code target}. */
    public GeoTiffSink(Path target, long[] shape, DType dtype, GeoTiffWriteOptions options) {
        this.target = target;
        this.shape = shape.clone();
        this.dtype = dtype;
        this.options = options;
        this.predictor = options.predictorFor(dtype);
        if (shape.length != 2 && shape.length != 3) {
            throw new IllegalArgumentException(target + ": a GeoTIFF holds a 2-D (row, col) or 3-D (band, row, col) "
                    + "array, not shape " + Arrays.toString(shape));
        }
        int n = shape.length;
        for (long s : shape) {
            if (s < 1 || s > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(target + ": cannot write shape " + Arrays.toString(shape)
                        + " to a GeoTIFF; every axis needs 1.." + Integer.MAX_VALUE + " elements");
            }
        }
        this.bands = n == 3 ? (int) shape[0] : 1;
        if (bands > 65535) {
            throw new IllegalArgumentException(target + ": " + bands + " bands exceed TIFF's 65535 samples per pixel");
        }
        this.height = (int) shape[n - 2];
        this.width = (int) shape[n - 1];
        this.th = options.tileShape()[0];
        this.tw = options.tileShape()[1];
        this.across = (width + tw - 1) / tw;
        this.down = (height + th - 1) / th;
        long tiles = (long) across * down * bands;
        if (tiles > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(target + ": " + tiles + " tiles of " + th + " x " + tw
                    + " are too many; choose larger tiles");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new GeoTiffIOException(target, "the directory to write into does not exist; create it first",
                    new IOException("no directory " + dir));
        }
        if (Files.isDirectory(target)) {
            throw new GeoTiffIOException(target, "is a directory; give a file name such as out.tif",
                    new IOException("target is a directory"));
        }
        this.offsets = new AtomicLongArray((int) tiles);
        this.counts = new AtomicLongArray((int) tiles);
    }

    /** One tile per region: {rows, cols}, or {1, rows, cols} for a 3-D array. */
    @Override
    public int[] blockShape() {
        return shape.length == 3 ? new int[] {1, th, tw} : new int[] {th, tw};
    }

    public Path target() {
        return target;
    }

    @Override
    public void write(Region region, Object buffer) {
        Buffers.check(buffer, dtype, region.elements(), target + ": GeoTiffSink.write " + region);
        checkAligned(region);
        FileChannel ch = channel();
        int n = shape.length;
        long r0 = region.start()[n - 2];
        long c0 = region.start()[n - 1];
        int h = region.size()[n - 2];
        int w = region.size()[n - 1];
        int nb = n == 3 ? region.size()[0] : 1;
        int b0 = n == 3 ? (int) region.start()[0] : 0;
        TileEncoder enc = TileEncoder.get();
        for (int b = 0; b < nb; b++) {
            for (int tr = 0; tr * th < h; tr++) {
                for (int tc = 0; tc * tw < w; tc++) {
                    int rows = Math.min(th, h - tr * th);
                    int cols = Math.min(tw, w - tc * tw);
                    int srcOff = b * h * w + tr * th * w + tc * tw;
                    byte[] bytes = enc.encode(buffer, srcOff, w, rows, cols, th, tw, dtype, predictor,
                            options.compression(), options.deflateLevel());
                    int len = enc.length();
                    int tile = ((b0 + b) * down + (int) (r0 / th) + tr) * across + (int) (c0 / tw) + tc;
                    long pos = end.getAndAdd(len + (len & 1));
                    writeFully(ch, ByteBuffer.wrap(bytes, 0, len), pos, "tile " + tile);
                    offsets.set(tile, pos);
                    counts.set(tile, len);
                }
            }
        }
    }

    private void checkAligned(Region region) {
        int n = shape.length;
        boolean ok = region.ndim() == n;
        int[] block = blockShape();
        for (int a = 0; ok && a < n; a++) {
            long s = region.start()[a];
            long e = s + region.size()[a];
            ok = s >= 0 && e <= shape[a] && s % block[a] == 0 && (e == shape[a] || e % block[a] == 0);
        }
        if (!ok) {
            throw new IllegalArgumentException(target + ": region " + region + " is not aligned to the "
                    + Arrays.toString(blockShape()) + " tiles of shape " + Arrays.toString(shape)
                    + "; regions must start on tile boundaries and end on one or at the edge");
        }
    }

    private FileChannel channel() {
        FileChannel ch = channel;
        if (ch != null) {
            return ch;
        }
        synchronized (this) {
            if (state != State.OPEN) {
                throw new IllegalStateException(target + ": the sink is already " + state.name().toLowerCase()
                        + "; start a new GeoTiffSink to write again");
            }
            if (channel == null) {
                try {
                    Path dir = target.toAbsolutePath().getParent();
                    // not Files.createTempFile: its owner-only permissions would stay on the renamed file
                    temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                            + Integer.toHexString(System.identityHashCode(this)) + ".tmp");
                    channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw new GeoTiffIOException(target, "cannot create a temporary file beside the target", e);
                }
            }
            return channel;
        }
    }

    private void writeFully(FileChannel ch, ByteBuffer buf, long pos, String what) {
        try {
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
        } catch (IOException e) {
            throw new GeoTiffIOException(target, "cannot write " + what + " to the temporary file " + temp, e);
        }
    }

    /** Writes the image directory and moves the file into place; on failure the target is untouched. */
    @Override
    public synchronized void commit() {
        if (state != State.OPEN) {
            throw new IllegalStateException(target + ": the sink is already " + state.name().toLowerCase());
        }
        try {
            FileChannel ch = channel();
            for (int i = 0; i < counts.length(); i++) {
                if (counts.get(i) == 0) {
                    throw new IllegalStateException(target + ": tile " + i + " of " + counts.length()
                            + " was never written; every region of the array must be written before commit");
                }
            }
            long ifdAt = (end.get() + 7) & ~7L;
            boolean big = bigTiff(ifdAt);
            byte[] ifd = TiffHeader.directory(this, big).build(ifdAt, big);
            writeFully(ch, ByteBuffer.wrap(ifd), ifdAt, "the image directory");
            writeFully(ch, ByteBuffer.wrap(TiffHeader.header(ifdAt, big)), 0, "the header");
            ch.force(false);
            ch.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            state = State.COMMITTED;
        } catch (IOException e) {
            abort();
            throw new GeoTiffIOException(target, "cannot finish writing", e);
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
    }

    private boolean bigTiff(long ifdAt) {
        long classicEnd = ifdAt + TiffHeader.directory(this, false).size(false);
        boolean fits = classicEnd <= 0xFFFF_FFFFL;
        return switch (options.bigTiff()) {
            case YES -> true;
            case AUTO -> !fits;
            case NO -> {
                if (!fits) {
                    throw new IllegalStateException(target + ": the file needs " + classicEnd + " bytes, more than a "
                            + "classic TIFF addresses (4 GiB); write it with bigTiff(AUTO) or bigTiff(YES)");
                }
                yield false;
            }
        };
    }

    /** Deletes the temporary file; the target is untouched. Safe to call more than once. */
    @Override
    public synchronized void abort() {
        if (state == State.COMMITTED) {
            return;
        }
        state = State.ABORTED;
        try {
            if (channel != null) {
                channel.close();
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new GeoTiffIOException(target, "cannot delete the temporary file " + temp, e);
        }
    }

    long[] shape() {
        return shape.clone();
    }

    DType dtype() {
        return dtype;
    }

    GeoTiffWriteOptions options() {
        return options;
    }

    int predictor() {
        return predictor;
    }

    long[] offsets() {
        long[] o = new long[offsets.length()];
        for (int i = 0; i < o.length; i++) {
            o[i] = offsets.get(i);
        }
        return o;
    }

    long[] counts() {
        long[] c = new long[counts.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts.get(i);
        }
        return c;
    }
}
