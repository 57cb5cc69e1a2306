package io.chunkwise.io.npy;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an array to a {@code .npy} file region by region: a little-endian, C-order file with a
 * version 1.0 header (2.0 when the header needs more than 64 KiB), readable by {@code numpy.load}.
 *
 * <p>Regions may arrive concurrently and in any order; each is written at its own offset with
 * positional writes into a temporary file beside the target ({@code .name.*.tmp}). {@link #commit}
 * checks that every element was written, then renames the file over the target (atomically where
 * the file system allows, replacing an existing file); {@link #abort} deletes it. Until commit the
 * target is untouched.
 */
public final class NpySink implements ChunkSink {
    private static final int SCRATCH_BYTES = 1 << 20;

    private final Path target;
    private final long[] shape;
    private final DType dtype;
    private final long elements;
    private final int headerBytes;
    private final AtomicLong written = new AtomicLong();
    private Path temp;
    private FileChannel channel;
    private boolean finished;

    /** A sink for an array of {@code shape} and {@code dtype} to be written to {@code target}. */
    public NpySink(Path target, long[] shape, DType dtype) {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target) || dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write .npy file " + target + ": "
                    + (Files.isDirectory(target) ? "it is a directory" : "its directory does not exist")
                    + "; give the path of a file in an existing directory");
        }
        this.target = target;
        this.shape = shape.clone();
        this.dtype = dtype;
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        this.elements = n;
        this.headerBytes = NpyHeader.encode(shape, dtype).length;
    }

    /** Null: any grid suits a {@code .npy} file, so the array is written in its own chunks. */
    @Override
    public int[] blockShape() {
        return null;
    }

    @Override
    public void write(Region region, Object buffer) {
        checkRegion(region);
        Buffers.check(buffer, dtype, region.elements(), "region " + region + " for " + target);
        FileChannel out = channel();
        int item = dtype.itemSize();
        ByteBuffer scratch = ByteBuffer.allocate((int) Math.min(SCRATCH_BYTES, Math.max(item, region.elements() * item)))
                .order(ByteOrder.LITTLE_ENDIAN);
        int perPiece = scratch.capacity() / item;
        CRuns.forEach(shape, region, (arrayIndex, regionIndex, length) -> {
            for (int done = 0; done < length; done += perPiece) {
                int n = Math.min(perPiece, length - done);
                scratch.clear();
                ByteCodec.encode(buffer, regionIndex + done, n, dtype, scratch);
                scratch.flip();
                try {
                    writeFully(out, scratch, headerBytes + (arrayIndex + done) * item);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write region " + region + " to the temporary file for "
                            + target + ": " + e.getMessage(), e);
                }
            }
        });
        written.addAndGet(region.elements());
    }

    @Override
    public synchronized void commit() {
        if (finished) {
            throw new IllegalStateException("the .npy sink for " + target + " was already committed or aborted");
        }
        if (written.get() != elements) {
            abort();
            throw new IllegalStateException("cannot commit " + target + ": " + written.get() + " of " + elements
                    + " elements were written; the temporary file was removed and the target left untouched");
        }
        try {
            FileChannel out = channel();
            out.force(true);
            out.close();
            finished = true;
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteTemp();
            throw new UncheckedIOException("cannot move the finished .npy file into place at " + target + ": "
                    + e.getMessage() + "; the target was left untouched", e);
        }
    }

    @Override
    public synchronized void abort() {
        finished = true;
        deleteTemp();
    }

    /** Opens the temporary file on first use and writes the header into it. */
    private synchronized FileChannel channel() {
        if (finished) {
            throw new IllegalStateException("the .npy sink for " + target + " was already committed or aborted");
        }
        if (channel == null) {
            try {
                Path dir = target.toAbsolutePath().getParent();
                temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
                channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                writeFully(channel, ByteBuffer.wrap(NpyHeader.encode(shape, dtype)), 0);
            } catch (IOException e) {
                deleteTemp();
                throw new UncheckedIOException("cannot create a temporary file beside " + target + ": "
                        + e.getMessage(), e);
            }
        }
        return channel;
    }

    private void deleteTemp() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary file " + temp + ": " + e.getMessage(), e);
        } finally {
            channel = null;
            temp = null;
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes, long position) throws IOException {
        while (bytes.hasRemaining()) {
            position += out.write(bytes, position);
        }
    }

    private void checkRegion(Region region) {
        boolean ok = region.ndim() == shape.length;
        for (int a = 0; ok && a < shape.length; a++) {
            ok = region.start()[a] >= 0 && region.start()[a] + region.size()[a] <= shape[a];
        }
        if (!ok) {
            throw new IndexOutOfBoundsException("region " + region + " is outside the array of shape "
                    + Arrays.toString(shape) + " being written to " + target);
        }
    }
}
