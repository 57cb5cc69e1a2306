package io.chunkwise.io.npy;

import io.chunkwise.array.DType;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A byte range of a file memory-mapped read-only in segments, so files larger than one
 * {@link MappedByteBuffer} (2 GiB) map too. Reads use absolute slices and never move a shared
 * position, so any number of threads may read at once.
 */
final class MappedData {
    /** Segment length: a multiple of every item size, so no element straddles two segments. */
    static final long DEFAULT_SEGMENT = 1L << 30;

    private final MappedByteBuffer[] segments;
    private final long segmentBytes;
    private final ByteOrder order;

    /** Maps {@code length} bytes of {@code channel} from {@code offset} in segments of {@code segmentBytes}. */
    MappedData(FileChannel channel, long offset, long length, long segmentBytes, ByteOrder order) throws IOException {
        if (segmentBytes % 8 != 0 || segmentBytes <= 0 || segmentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("segment length " + segmentBytes + " must be a positive multiple of 8 "
                    + "below 2^31");
        }
        this.segmentBytes = segmentBytes;
        this.order = order;
        int count = (int) ((length + segmentBytes - 1) / segmentBytes);
        segments = new MappedByteBuffer[count];
        for (int i = 0; i < count; i++) {
            long from = (long) i * segmentBytes;
            segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, offset + from, Math.min(segmentBytes, length - from));
        }
    }

    /** Decodes {@code n} elements starting at byte {@code byteOffset} of the range into {@code dst[off..]}. */
    void read(long byteOffset, DType dtype, Object dst, int off, int n) {
        int item = dtype.itemSize();
        while (n > 0) {
            MappedByteBuffer segment = segments[(int) (byteOffset / segmentBytes)];
            int inSegment = (int) (byteOffset % segmentBytes);
            int take = Math.min(n, (segment.capacity() - inSegment) / item);
            ByteCodec.decode(segment.slice(inSegment, take * item).order(order), dtype, dst, off, take);
            byteOffset += (long) take * item;
            off += take;
            n -= take;
        }
    }
}
