package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Reads one tile or strip from the file and decodes it: decompression, byte order, predictor, and
 * conversion to the storage type's primitive array.
 *
 * <p>Errors name the file and the block: a block past the end of the file (a truncated download)
 * or one that decodes to fewer bytes than its size is an error, never zeros. Blocks with offset
 * and byte count 0 are GDAL's "sparse" blocks and read as the nodata value (or 0).
 */
final class BlockDecoder {
    /** Where decoded bytes start in the scratch buffer: after the LZW decoder's window. */
    private static final int BASE = LzwDecoder.WINDOW;

    private final FileAccess file;
    private final TiffLayout layout;
    private final double fill;

    BlockDecoder(FileAccess file, TiffLayout layout, double fill) {
        this.file = file;
        this.layout = layout;
        this.fill = fill;
    }

    /** Decodes block {@code index} (its position in the offsets array). */
    DecodedBlock decode(int index) {
        int rows = storedRows(index);
        int cols = layout.blockWidth();
        int spp = layout.samplesInBlock();
        int rowLen = cols * spp;
        Object out = Buffers.allocate(layout.dtype(), rows * rowLen);
        byte[] raw = bytes(index, rows);
        if (raw == null) {
            fill(out, 0, rows, rowLen, rowLen);
        } else if (layout.predictor() == 3) {
            Predictors.undoFloat(raw, BASE, rows, rowLen, spp, layout.dtype().itemSize(), out);
        } else if (layout.predictor() == 2 && layout.dtype().isFloat()) {
            toFloatsWithHorizontalPredictor(view(raw, rows * rowLen), rows, rowLen, spp, out);
        } else {
            toSamples(raw, rows, rowLen, rowLen, out, 0, rowLen, spp);
        }
        return new DecodedBlock(out, rows, cols, spp, layout.dtype().itemSize());
    }

    /**
     * Whether {@link #decodeInto} can decode this file's blocks: one sample per pixel in a block
     * (one band, or planar bands), and no predictor on float samples.
     */
    boolean decodesInto() {
        return layout.samplesInBlock() == 1 && (layout.predictor() == 1 || !layout.dtype().isFloat());
    }

    /**
     * Decodes block {@code index} straight into a window of {@code dst} (the storage type): its
     * first {@code rows} x {@code cols} samples go to {@code dst[dstOff..]}, rows {@code stride}
     * apart. Only where {@link #decodesInto} holds; needs {@code rows} and {@code cols} within the
     * block. Allocates nothing of the block's size.
     */
    void decodeInto(int index, int rows, int cols, Object dst, int dstOff, int stride) {
        byte[] raw = bytes(index, storedRows(index));
        if (raw == null) {
            fill(dst, dstOff, rows, cols, stride);
        } else {
            toSamples(raw, rows, layout.blockWidth(), cols, dst, dstOff, stride, 1);
        }
    }

    private int storedRows(int index) {
        int perPlane = layout.blocksAcross() * layout.blocksDown();
        return layout.storedRows((index % perPlane) / layout.blocksAcross());
    }

    /**
     * The decoded bytes of block {@code index} ({@code rows} stored rows) from {@link #BASE} of a
     * per-thread scratch buffer, valid until this thread's next decode; null for a sparse block.
     */
    private byte[] bytes(int index, int rows) {
        int cols = layout.blockWidth();
        int spp = layout.samplesInBlock();
        int bps = layout.dtype().itemSize();
        int expected = rows * cols * spp * bps;
        long off = layout.offsets()[index];
        long count = layout.byteCounts()[index];
        if (off == 0 && count == 0) {
            return null;
        }
        long size = file.size();
        if (off < 0 || count <= 0 || off > size || count > size - off) {
            throw error(index, "is stored at bytes " + off + ".." + (off + count) + " but the file ends at byte "
                    + size + ": the file is truncated (an incomplete download or copy?); fetch or export it again");
        }
        boolean none = layout.compression() == TiffLayout.NONE;
        if (none ? count < expected : count > 2L * expected + 65536 || expected > count * maxRatio()) {
            throw error(index, "holds " + count + " stored bytes for " + expected + " bytes of pixels: the "
                    + (none ? "block is truncated" : "byte count is corrupt"));
        }
        Scratch s = Scratch.get();
        byte[] raw = s.raw(BASE + expected);
        int got;
        if (none) {
            got = readFully(index, off, raw, BASE, expected);
        } else {
            byte[] src = s.compressed((int) count);
            int len = readFully(index, off, src, 0, (int) count);
            try {
                got = switch (layout.compression()) {
                    case TiffLayout.LZW -> s.lzw.decode(src, len, raw, BASE, expected);
                    case TiffLayout.PACKBITS -> PackBits.decode(src, len, raw, BASE, expected);
                    default -> Zlib.inflate(s.inflater, src, len, raw, BASE, expected);
                };
            } catch (CorruptBlockException e) {
                throw error(index, "is corrupt: " + e.getMessage());
            }
        }
        if (got < expected) {
            throw error(index, "decodes to " + got + " bytes but holds " + expected + " bytes of pixels ("
                    + rows + " x " + cols + " x " + spp + " samples of " + bps + " bytes): the block is corrupt or truncated");
        }
        return raw;
    }

    /** Writes the nodata value (or 0) to {@code rows} x {@code cols} samples of {@code dst}, rows {@code stride} apart. */
    private void fill(Object dst, int dstOff, int rows, int cols, int stride) {
        DType dtype = layout.dtype();
        for (int r = 0; r < rows; r++) {
            for (int i = dstOff + r * stride, e = i + cols; i < e; i++) {
                Buffers.setDouble(dst, dtype, i, fill);
            }
        }
    }

    /** The most a codec can expand its input (checked before allocating the output). */
    private long maxRatio() {
        return switch (layout.compression()) {
            case TiffLayout.PACKBITS -> 64;   // 2 bytes give at most 128
            case TiffLayout.LZW -> 4096;      // well above LZW's ~1300 for 12-bit codes
            default -> 1100;                  // DEFLATE's limit is 1032
        };
    }

    private int readFully(int index, long off, byte[] dst, int dstOff, int len) {
        try {
            int got = file.read(off, dst, dstOff, len);
            if (got < len) {
                throw error(index, "is stored at bytes " + off + ".." + (off + len)
                        + " but the file now ends at byte " + (off + got) + ": the file was truncated");
            }
            return got;
        } catch (IOException e) {
            throw new GeoTiffIOException(file.path(), "cannot read " + layout.describeBlock(index) + " at offset " + off, e);
        }
    }

    /**
     * Integer samples, or float samples without a predictor: the first {@code cols} samples of
     * {@code rows} rows of {@code rowLen} decoded samples go to {@code out[dstOff..]}, rows
     * {@code stride} apart, in the machine's order, with horizontal differencing undone.
     */
    private void toSamples(byte[] raw, int rows, int rowLen, int cols, Object out, int dstOff, int stride, int spp) {
        boolean whole = cols == rowLen && stride == rowLen;
        int runs = whole ? 1 : rows;
        int len = whole ? rows * rowLen : cols;
        ByteBuffer b = view(raw, rows * rowLen);
        if (out instanceof byte[] o) {
            for (int r = 0; r < runs; r++) {
                System.arraycopy(raw, BASE + r * rowLen, o, dstOff + r * stride, len);
            }
        } else if (out instanceof short[] o) {
            ShortBuffer v = b.asShortBuffer();
            for (int r = 0; r < runs; r++) {
                v.get(r * rowLen, o, dstOff + r * stride, len);
            }
        } else if (out instanceof int[] o) {
            IntBuffer v = b.asIntBuffer();
            for (int r = 0; r < runs; r++) {
                v.get(r * rowLen, o, dstOff + r * stride, len);
            }
        } else if (out instanceof long[] o) {
            LongBuffer v = b.asLongBuffer();
            for (int r = 0; r < runs; r++) {
                v.get(r * rowLen, o, dstOff + r * stride, len);
            }
        } else if (out instanceof float[] o) {
            FloatBuffer v = b.asFloatBuffer();
            for (int r = 0; r < runs; r++) {
                v.get(r * rowLen, o, dstOff + r * stride, len);
            }
        } else {
            DoubleBuffer v = b.asDoubleBuffer();
            for (int r = 0; r < runs; r++) {
                v.get(r * rowLen, (double[]) out, dstOff + r * stride, len);
            }
        }
        if (layout.predictor() == 2) {
            Predictors.undoHorizontal(out, dstOff, rows, cols, stride, spp);
        }
    }

    /** The {@code n} decoded samples at {@code raw[BASE..]} as a buffer in the file's byte order. */
    private ByteBuffer view(byte[] raw, int n) {
        return ByteBuffer.wrap(raw, BASE, n * layout.dtype().itemSize()).slice().order(layout.order());
    }

    /** Predictor 2 on float samples: differences of their bit patterns, as libtiff does. */
    private static void toFloatsWithHorizontalPredictor(ByteBuffer b, int rows, int rowLen, int spp, Object out) {
        int n = rows * rowLen;
        if (out instanceof float[] f) {
            int[] bits = new int[n];
            b.asIntBuffer().get(bits);
            Predictors.undoHorizontal(bits, 0, rows, rowLen, rowLen, spp);
            for (int i = 0; i < n; i++) {
                f[i] = Float.intBitsToFloat(bits[i]);
            }
        } else {
            double[] d = (double[]) out;
            long[] bits = new long[n];
            b.asLongBuffer().get(bits);
            Predictors.undoHorizontal(bits, 0, rows, rowLen, rowLen, spp);
            for (int i = 0; i < n; i++) {
                d[i] = Double.longBitsToDouble(bits[i]);
            }
        }
    }

    private GeoTiffFormatException error(int index, String problem) {
        return new GeoTiffFormatException(file.path(), layout.describeBlock(index) + " " + problem);
    }
}
