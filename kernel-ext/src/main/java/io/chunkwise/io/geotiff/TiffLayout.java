package io.chunkwise.io.geotiff;

import io.chunkwise.array.DType;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The checked pixel layout of a TIFF image: size, sample type, compression, predictor,
 * interleaving, and the grid of tiles or strips with their byte offsets and counts.
 *
 * <p>Blocks are numbered as in the TIFF offsets array: row-major within a plane, plane after plane
 * for PlanarConfiguration 2. Every size is validated when the layout is built, so decoding
 * never allocates more than {@link #MAX_BLOCK_BYTES} for one block.
 */
record TiffLayout(Path path, ByteOrder order, boolean bigTiff, int width, int height, int samplesPerPixel,
                  DType dtype, int compression, int predictor, boolean planar, boolean tiled,
                  int blockWidth, int blockHeight, int blocksAcross, int blocksDown,
                  long[] offsets, long[] byteCounts) {

    /** The largest decoded block accepted (tile or strip, all its samples). */
    static final long MAX_BLOCK_BYTES = 256L << 20;

    static final int NONE = 1;
    static final int LZW = 5;
    static final int DEFLATE = 8;
    static final int DEFLATE_OLD = 32946;
    static final int PACKBITS = 32773;

    /** Reads the layout tags of a directory and checks them. */
    static TiffLayout from(TiffDirectory d) {
        Path p = d.path();
        long width = d.single(TiffTag.IMAGE_WIDTH, -1);
        long height = d.single(TiffTag.IMAGE_LENGTH, -1);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new GeoTiffFormatException(p, "image size " + width + " x " + height
                    + " is invalid; expected 1 to " + Integer.MAX_VALUE + " pixels on each side");
        }
        long spp = d.single(TiffTag.SAMPLES_PER_PIXEL, 1);
        if (spp < 1 || spp > 65535) {
            throw new GeoTiffFormatException(p, "SamplesPerPixel is " + spp + "; expected 1..65535");
        }
        int bits = (int) uniform(d, TiffTag.BITS_PER_SAMPLE, (int) spp, 1);
        int format = (int) uniform(d, TiffTag.SAMPLE_FORMAT, (int) spp, 1);
        DType dtype = dtype(p, bits, format);
        int compression = (int) d.single(TiffTag.COMPRESSION, NONE);
        compressionName(p, compression);
        int predictor = (int) d.single(TiffTag.PREDICTOR, 1);
        if (predictor < 1 || predictor > 3 || (predictor == 3 && !dtype.isFloat())) {
            throw new GeoTiffFormatException(p, "Predictor " + predictor + " with " + dtype
                    + " samples is not supported; expected 1 (none), 2 (horizontal) or 3 (floating point, float data)");
        }
        long planarTag = d.single(TiffTag.PLANAR_CONFIGURATION, 1);
        if (planarTag != 1 && planarTag != 2) {
            throw new GeoTiffFormatException(p, "PlanarConfiguration is " + planarTag + "; expected 1 or 2");
        }
        boolean planar = planarTag == 2 && spp > 1;
        boolean tiled = d.has(TiffTag.TILE_WIDTH) || d.has(TiffTag.TILE_LENGTH);
        long bw;
        long bh;
        if (tiled) {
            bw = d.single(TiffTag.TILE_WIDTH, -1);
            bh = d.single(TiffTag.TILE_LENGTH, -1);
        } else {
            bw = width;
            bh = Math.min(height, d.single(TiffTag.ROWS_PER_STRIP, height));
        }
        if (bw < 1 || bh < 1 || bw > Integer.MAX_VALUE || bh > Integer.MAX_VALUE) {
            throw new GeoTiffFormatException(p, (tiled ? "tile size " : "strip size ") + bw + " x " + bh
                    + " is invalid; expected positive sizes");
        }
        long sppInBlock = planar ? 1 : spp;
        long blockBytes = Math.min(bw * bh, MAX_BLOCK_BYTES + 1) * sppInBlock * (bits / 8);
        if (blockBytes > MAX_BLOCK_BYTES) {
            throw new GeoTiffFormatException(p, "one " + (tiled ? "tile" : "strip") + " of " + bw + " x " + bh
                    + " pixels would decode to more than the " + (MAX_BLOCK_BYTES >> 20)
                    + " MiB this reader accepts per block; the header is corrupt, or re-tile the file with "
                    + "gdal_translate -co TILED=YES");
        }
        long across = (width + bw - 1) / bw;
        long down = (height + bh - 1) / bh;
        long blocks = across * down * (planar ? spp : 1);
        if (across * down > Integer.MAX_VALUE || blocks > Integer.MAX_VALUE - 8) {
            throw new GeoTiffFormatException(p, "the image of " + width + " x " + height + " pixels in "
                    + (tiled ? "tiles" : "strips") + " of " + bw + " x " + bh + " would have " + across * down
                    + " blocks per band, more than this reader accepts; the header is corrupt");
        }
        int offsetsTag = tiled ? TiffTag.TILE_OFFSETS : TiffTag.STRIP_OFFSETS;
        int countsTag = tiled ? TiffTag.TILE_BYTE_COUNTS : TiffTag.STRIP_BYTE_COUNTS;
        long have = d.count(offsetsTag);
        if (have < blocks) {
            throw new GeoTiffFormatException(p, "the image of " + width + " x " + height + " pixels in "
                    + (tiled ? "tiles" : "strips") + " of " + bw + " x " + bh + " needs " + blocks
                    + " blocks but " + TiffTag.name(offsetsTag) + " lists " + have + ": the header is corrupt");
        }
        long[] offsets = d.longs(offsetsTag, (int) blocks);
        long[] counts;
        if (d.has(countsTag) || compression != NONE) {
            counts = d.longs(countsTag, (int) blocks);
        } else {
            counts = new long[(int) blocks];
            java.util.Arrays.fill(counts, blockBytes);
        }
        return new TiffLayout(p, d.order(), d.bigTiff(), (int) width, (int) height, (int) spp, dtype, compression,
                predictor, planar, tiled, (int) bw, (int) bh, (int) across, (int) down, offsets, counts);
    }

    private static long uniform(TiffDirectory d, int tag, int spp, long dflt) {
        if (d.count(tag) == 0) {
            return dflt;
        }
        int n = (int) Math.min(spp, d.count(tag));
        long[] v = d.longs(tag, n);
        for (long x : v) {
            if (x != v[0]) {
                throw new GeoTiffFormatException(d.path(), TiffTag.name(tag) + " differs between samples "
                        + java.util.Arrays.toString(v) + "; only images whose bands share one type are supported");
            }
        }
        return v[0];
    }

    private static DType dtype(Path p, int bits, int format) {
        DType t = switch (format) {
            case 1, 4 -> bits == 8 ? DType.UINT8 : bits == 16 ? DType.UINT16 : bits == 32 ? DType.UINT32
                    : bits == 64 ? DType.UINT64 : null;
            case 2 -> bits == 8 ? DType.INT8 : bits == 16 ? DType.INT16 : bits == 32 ? DType.INT32
                    : bits == 64 ? DType.INT64 : null;
            case 3 -> bits == 32 ? DType.FLOAT32 : bits == 64 ? DType.FLOAT64 : null;
            default -> null;
        };
        if (t == null) {
            throw new GeoTiffFormatException(p, "samples of " + bits + " bits with SampleFormat " + format
                    + " are not supported; expected 8/16/32/64-bit integers or 32/64-bit floats"
                    + " (convert with gdal_translate -ot Float32)");
        }
        return t;
    }

    /** The compression's name as this package reports it ("LZW", "DEFLATE", "PACKBITS", "NONE"). */
    static String compressionName(Path p, int code) {
        return switch (code) {
            case NONE -> "NONE";
            case LZW -> "LZW";
            case DEFLATE, DEFLATE_OLD -> "DEFLATE";
            case PACKBITS -> "PACKBITS";
            default -> throw new GeoTiffFormatException(p, "compression " + code + knownName(code)
                    + " is not supported; expected NONE, LZW, DEFLATE or PACKBITS"
                    + " (convert with gdal_translate -co COMPRESS=DEFLATE)");
        };
    }

    private static String knownName(int code) {
        return switch (code) {
            case 7 -> " (JPEG)";
            case 34887 -> " (LERC)";
            case 34925 -> " (LZMA)";
            case 50000 -> " (ZSTD)";
            case 50001 -> " (WEBP)";
            case 2, 3, 4 -> " (CCITT fax)";
            default -> "";
        };
    }

    String compressionName() {
        return compressionName(path, compression);
    }

    int bytesPerSample() {
        return dtype.itemSize();
    }

    /** Samples per pixel inside one block: all bands when interleaved by pixel, one when planar. */
    int samplesInBlock() {
        return planar ? 1 : samplesPerPixel;
    }

    /** Bands stored as separate planes of blocks (1 unless planar). */
    int planes() {
        return planar ? samplesPerPixel : 1;
    }

    /** The index into the offsets array of a block. */
    int blockIndex(int plane, int blockRow, int blockCol) {
        return (plane * blocksDown + blockRow) * blocksAcross + blockCol;
    }

    /** Rows stored in the blocks of block row {@code br}: the last strip may be short, tiles never are. */
    int storedRows(int blockRow) {
        return tiled ? blockHeight : Math.min(blockHeight, height - blockRow * blockHeight);
    }

    /** "tile 7 (block row 1, column 3)" or "strip 17", plus the band plane when planar. */
    String describeBlock(int index) {
        int perPlane = blocksAcross * blocksDown;
        int plane = index / perPlane;
        int r = (index % perPlane) / blocksAcross;
        int c = index % blocksAcross;
        String s = tiled ? "tile " + index + " (block row " + r + ", column " + c + ")" : "strip " + index;
        return planar ? s + " of band " + (plane + 1) : s;
    }
}
