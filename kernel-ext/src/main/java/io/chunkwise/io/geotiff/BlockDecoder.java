package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads one tile or strip from the file and decodes it: decompression, byte order, predictor, and
 * conversion to the storage type's primitive array.
 *
 * <p>Errors name the file and the block: a block past the end of the file (a truncated download)
 * or one that decodes to fewer bytes than its size is an error, never zeros. Blocks with offset
 * and byte count 0 are GDAL's "sparse" blocks and read as the nodata value (or 0).
 */
final class BlockDecoder {
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
        int perPlane = layout.blocksAcross() * layout.blocksDown();
        int rows = layout.storedRows((index % perPlane) / layout.blocksAcross());
        int cols = layout.blockWidth();
        int spp = layout.samplesInBlock();
        DType dtype = layout.dtype();
        int bps = dtype.itemSize();
        int n = rows * cols * spp;
        int expected = n * bps;
        long off = layout.offsets()[index];
        long count = layout.byteCounts()[index];
        if (off == 0 && count == 0) {
            Object out = Buffers.allocate(dtype, n);
            if (fill != 0) {
                for (int i = 0; i < n; i++) {
                    Buffers.setDouble(out, dtype, i, fill);
                }
            }
            return new DecodedBlock(out, rows, cols, spp, bps);
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
        int base = LzwDecoder.WINDOW;
        byte[] raw = s.raw(base + expected);
        int got;
        if (none) {
            got = readFully(index, off, raw, base, expected);
        } else {
            byte[] src = s.compressed((int) count);
            int len = readFully(index, off, src, 0, (int) count);
            try {
                got = switch (layout.compression()) {
                    case TiffLayout.LZW -> s.lzw.decode(src, len, raw, base, expected);
                    case TiffLayout.PACKBITS -> PackBits.decode(src, len, raw, base, expected);
                    default -> Zlib.inflate(s.inflater, src, len, raw, base, expected);
                };
            } catch (CorruptBlockException e) {
                throw error(index, "is corrupt: " + e.getMessage());
            }
        }
        if (got < expected) {
            throw error(index, "decodes to " + got + " bytes but holds " + expected + " bytes of pixels ("
                    + rows + " x " + cols + " x " + spp + " samples of " + bps + " bytes): the block is corrupt or truncated");
        }
        Object out = Buffers.allocate(dtype, n);
        toSamples(raw, base, rows, cols * spp, spp, out);
        return new DecodedBlock(out, rows, cols, spp, bps);
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

    /** Converts the decoded bytes at {@code raw[base..]} to samples in {@code out}. */
    private void toSamples(byte[] raw, int base, int rows, int rowLen, int spp, Object out) {
        int predictor = layout.predictor();
        int bps = layout.dtype().itemSize();
        if (predictor == 3) {
            Predictors.undoFloat(raw, base, rows, rowLen, spp, bps, out);
            return;
        }
        int n = rows * rowLen;
        ByteBuffer b = ByteBuffer.wrap(raw, base, n * bps).slice().order(layout.order());
        if (out instanceof byte[] o) {
            System.arraycopy(raw, base, o, 0, n);
        } else if (out instanceof short[] o) {
            b.asShortBuffer().get(o);
        } else if (out instanceof int[] o) {
            b.asIntBuffer().get(o);
        } else if (out instanceof long[] o) {
            b.asLongBuffer().get(o);
        } else if (predictor == 2) {
            toFloatsWithHorizontalPredictor(b, rows, rowLen, spp, out);
            return;
        } else if (out instanceof float[] o) {
            b.asFloatBuffer().get(o);
        } else {
            b.asDoubleBuffer().get((double[]) out);
        }
        if (predictor == 2) {
            Predictors.undoHorizontal(out, rows, rowLen, spp);
        }
    }

    /** Predictor 2 on float samples: differences of their bit patterns, as libtiff does. */
    private static void toFloatsWithHorizontalPredictor(ByteBuffer b, int rows, int rowLen, int spp, Object out) {
        int n = rows * rowLen;
        if (out instanceof float[] f) {
            int[] bits = new int[n];
            b.asIntBuffer().get(bits);
            Predictors.undoHorizontal(bits, rows, rowLen, spp);
            for (int i = 0; i < n; i++) {
                f[i] = Float.intBitsToFloat(bits[i]);
            }
        } else {
            double[] d = (double[]) out;
            long[] bits = new long[n];
            b.asLongBuffer().get(bits);
            Predictors.undoHorizontal(bits, rows, rowLen, spp);
            for (int i = 0; i < n; i++) {
                d[i] = Double.longBitsToDouble(bits[i]);
            }
        }
    }

    private GeoTiffFormatException error(int index, String problem) {
        return new GeoTiffFormatException(file.path(), layout.describeBlock(index) + " " + problem);
    }
}
