package io.chunkwise.io.npy;

import io.chunkwise.array.DType;
import java.nio.ByteBuffer;

/**
 * Converts between raw element bytes and the primitive storage buffers of {@link DType}, in the
 * byte order of the {@link ByteBuffer} given. Bulk view copies, so byte swapping runs at memory speed.
 *
 * <p>Both methods start at the byte buffer's position and advance it past the elements copied.
 * They touch no shared state, so concurrent calls on different buffers (or on slices and
 * duplicates of one buffer) are safe.
 */
public final class ByteCodec {
    private ByteCodec() {
    }

    /**
     * Reads {@code n} elements from {@code src} into {@code dst[off..off+n)}. BOOL bytes are read as
     * NumPy does (any non-zero byte is true) and stored as 0 or 1.
     */
    public static void decode(ByteBuffer src, DType dtype, Object dst, int off, int n) {
        switch (dtype) {
            case FLOAT64 -> src.asDoubleBuffer().get((double[]) dst, off, n);
            case FLOAT32 -> src.asFloatBuffer().get((float[]) dst, off, n);
            case INT64, UINT64 -> src.asLongBuffer().get((long[]) dst, off, n);
            case INT32, UINT32 -> src.asIntBuffer().get((int[]) dst, off, n);
            case INT16, UINT16 -> src.asShortBuffer().get((short[]) dst, off, n);
            case INT8, UINT8 -> src.duplicate().get((byte[]) dst, off, n);
            case BOOL -> {
                byte[] b = (byte[]) dst;
                src.duplicate().get(b, off, n);
                for (int i = off; i < off + n; i++) {
                    b[i] = b[i] != 0 ? (byte) 1 : 0;
                }
            }
        }
        src.position(src.position() + n * dtype.itemSize());
    }

    /** Writes {@code n} elements of {@code src[off..off+n)} into {@code dst}. */
    public static void encode(Object src, int off, int n, DType dtype, ByteBuffer dst) {
        switch (dtype) {
            case FLOAT64 -> dst.asDoubleBuffer().put((double[]) src, off, n);
            case FLOAT32 -> dst.asFloatBuffer().put((float[]) src, off, n);
            case INT64, UINT64 -> dst.asLongBuffer().put((long[]) src, off, n);
            case INT32, UINT32 -> dst.asIntBuffer().put((int[]) src, off, n);
            case INT16, UINT16 -> dst.asShortBuffer().put((short[]) src, off, n);
            case INT8, UINT8, BOOL -> dst.duplicate().put((byte[]) src, off, n);
        }
        dst.position(dst.position() + n * dtype.itemSize());
    }
}
