package io.chunkwise.io.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positional, lock-free reads of one file from many threads ({@code pread} through a shared
 * {@link FileChannel}).
 *
 * <p>A thread interrupted inside a read closes a {@code FileChannel} for everyone; this class then
 * reopens the channel on the next read, so one cancelled task does not break the other readers of
 * the same file. {@link #close} releases the handle; a later read opens it again.
 */
final class FileAccess implements AutoCloseable {
    private final Path path;
    private final long size;
    private volatile FileChannel channel;

    private FileAccess(Path path, FileChannel channel, long size) {
        this.path = path;
        this.channel = channel;
        this.size = size;
    }

    /** Opens a regular file for reading; a missing file or a directory fails with a clear message. */
    static FileAccess open(Path path) {
        if (Files.isDirectory(path)) {
            throw new GeoTiffIOException(path, "is a directory, expected a GeoTIFF file; pass the path of a .tif file",
                    new IOException("not a regular file"));
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            return new FileAccess(path, ch, ch.size());
        } catch (NoSuchFileException e) {
            throw new GeoTiffIOException(path, "no such file; check the path (relative paths resolve against "
                    + Path.of("").toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new GeoTiffIOException(path, "permission denied when opening the file for reading", e);
        } catch (IOException e) {
            throw new GeoTiffIOException(path, "cannot open the file for reading", e);
        }
    }

    Path path() {
        return path;
    }

    /** The file's length in bytes when it was opened. */
    long size() {
        return size;
    }

    /**
     * Reads up to {@code len} bytes at {@code pos} into {@code dst[off..]}; returns how many were
     * read, fewer only when the file ends first.
     */
    int read(long pos, byte[] dst, int off, int len) throws IOException {
        for (int attempt = 0; ; attempt++) {
            FileChannel ch = channel();
            ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
            try {
                while (buf.hasRemaining()) {
                    int n = ch.read(buf, pos + (buf.position() - off));
                    if (n < 0) {
                        break;
                    }
                }
                return buf.position() - off;
            } catch (ClosedByInterruptException e) {
                throw e; // this thread was interrupted: let it stop; others will reopen
            } catch (ClosedChannelException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    private FileChannel channel() throws IOException {
        FileChannel ch = channel;
        if (ch != null && ch.isOpen()) {
            return ch;
        }
        synchronized (this) {
            if (channel == null || !channel.isOpen()) {
                channel = FileChannel.open(path, StandardOpenOption.READ);
            }
            return channel;
        }
    }

    @Override
    public synchronized void close() {
        FileChannel ch = channel;
        channel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing a read-only channel loses nothing
            }
        }
    }
}
