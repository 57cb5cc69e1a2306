package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.Deflater;

/**
 * Encodes one tile for writing: copies it out of a chunk buffer into a full-size tile (zero
 * padding past the image edge), applies the predictor, converts to little-endian bytes and
 * compresses. One instance per thread, reusing its buffers and codec state.
 */
final class TileEncoder {
    private static final ThreadLocal<TileEncoder> PER_THREAD = ThreadLocal.withInitial(TileEncoder::new);

    private final Deflater deflater = new Deflater();
    private final LzwEncoder lzw = new LzwEncoder();
    private final int[] len = new int[1];
    private byte[] raw = new byte[0];
    private byte[] out = new byte[0];
    private Object tile;
    private int length;

    static TileEncoder get() {
        return PER_THREAD.get();
    }

    /**
     * Encodes {@code rows} x {@code cols} elements of {@code src} (row {@code i} starting at
     * {@code srcOff + i * srcStride}) as a {@code th} x {@code tw} tile; returns the encoded bytes,
     * valid up to {@link #length()}.
     */
    byte[] encode(Object src, int srcOff, int srcStride, int rows, int cols, int th, int tw, DType dtype,
                  int predictor, GeoTiffWriteOptions.Compression compression, int level) {
        int n = th * tw;
        int bps = dtype.itemSize();
        if (tile == null || tile.getClass() != src.getClass() || Buffers.length(tile) < n) {
            tile = Buffers.allocate(dtype, n);
        }
        if (rows < th || cols < tw) {
            clear(tile, n);
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, srcOff + r * srcStride, tile, r * tw, cols);
        }
        if (raw.length < n * bps) {
            raw = new byte[n * bps];
        }
        if (predictor == 3) {
            Predictors.applyFloat(tile, th, tw, 1, bps, raw);
        } else {
            if (predictor == 2) {
                Predictors.applyHorizontal(tile, th, tw, 1);
            }
            toBytes(tile, n, raw);
        }
        switch (compression) {
            case NONE -> {
                length = n * bps;
                return raw;
            }
            case LZW -> {
                byte[] encoded = lzw.encode(raw, n * bps);
                length = lzw.length();
                return encoded;
            }
            default -> {
                deflater.setLevel(level);
                out = Zlib.deflate(deflater, raw, n * bps, out, len);
                length = len[0];
                return out;
            }
        }
    }

    /** Bytes produced by the last {@link #encode}. */
    int length() {
        return length;
    }

    private static void toBytes(Object tile, int n, byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (tile instanceof byte[] a) {
            System.arraycopy(a, 0, raw, 0, n);
        } else if (tile instanceof short[] a) {
            b.asShortBuffer().put(a, 0, n);
        } else if (tile instanceof int[] a) {
            b.asIntBuffer().put(a, 0, n);
        } else if (tile instanceof long[] a) {
            b.asLongBuffer().put(a, 0, n);
        } else if (tile instanceof float[] a) {
            b.asFloatBuffer().put(a, 0, n);
        } else {
            b.asDoubleBuffer().put((double[]) tile, 0, n);
        }
    }

    private static void clear(Object a, int n) {
        if (a instanceof byte[] x) {
            java.util.Arrays.fill(x, 0, n, (byte) 0);
        } else if (a instanceof short[] x) {
            java.util.Arrays.fill(x, 0, n, (short) 0);
        } else if (a instanceof int[] x) {
            java.util.Arrays.fill(x, 0, n, 0);
        } else if (a instanceof long[] x) {
            java.util.Arrays.fill(x, 0, n, 0L);
        } else if (a instanceof float[] x) {
            java.util.Arrays.fill(x, 0, n, 0f);
        } else {
            java.util.Arrays.fill((double[]) a, 0, n, 0d);
        }
    }
}
