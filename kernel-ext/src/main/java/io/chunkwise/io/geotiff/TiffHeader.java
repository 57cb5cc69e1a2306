package io.chunkwise.io.geotiff;

import io.chunkwise.array.DType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The header and image directory the writer puts around the tiles of a {@link GeoTiffSink}. */
final class TiffHeader {
    private TiffHeader() {
    }

    /** "II", 42 and the directory offset, or the BigTIFF form (43, 8, 0, offset); padded to 16 bytes. */
    static byte[] header(long ifdAt, boolean big) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I');
        if (big) {
            b.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(ifdAt);
        } else {
            b.putShort((short) 42).putInt((int) ifdAt);
        }
        return b.array();
    }

    /** The directory: layout, compression, predictor, tiles, georeferencing and nodata tags. */
    static IfdWriter directory(GeoTiffSink sink, boolean big) {
        long[] shape = sink.shape();
        int n = shape.length;
        int bands = n == 3 ? (int) shape[0] : 1;
        DType dtype = sink.dtype();
        GeoTiffWriteOptions o = sink.options();
        int[] tile = o.tileShape();
        IfdWriter w = new IfdWriter()
                .longs(TiffTag.IMAGE_WIDTH, shape[n - 1])
                .longs(TiffTag.IMAGE_LENGTH, shape[n - 2])
                .shorts(TiffTag.BITS_PER_SAMPLE, repeat(dtype.itemSize() * 8, bands))
                .shorts(TiffTag.COMPRESSION, switch (o.compression()) {
                    case NONE -> TiffLayout.NONE;
                    case LZW -> TiffLayout.LZW;
                    case DEFLATE -> TiffLayout.DEFLATE;
                })
                .shorts(TiffTag.PHOTOMETRIC, 1)
                .shorts(TiffTag.SAMPLES_PER_PIXEL, bands)
                .shorts(TiffTag.PLANAR_CONFIGURATION, bands > 1 ? 2 : 1)
                .longs(TiffTag.TILE_WIDTH, tile[1])
                .longs(TiffTag.TILE_LENGTH, tile[0])
                .offsets(TiffTag.TILE_OFFSETS, sink.offsets(), big)
                .offsets(TiffTag.TILE_BYTE_COUNTS, sink.counts(), big)
                .shorts(TiffTag.SAMPLE_FORMAT, repeat(dtype.isFloat() ? 3 : dtype.isUnsigned() || dtype.isBool() ? 1 : 2, bands));
        if (sink.predictor() != 1) {
            w.shorts(TiffTag.PREDICTOR, sink.predictor());
        }
        if (bands > 1) {
            w.shorts(TiffTag.EXTRA_SAMPLES, new int[bands - 1]);
        }
        o.transform().ifPresent(gt -> {
            if (gt[2] == 0 && gt[4] == 0) {
                w.doubles(TiffTag.MODEL_PIXEL_SCALE, gt[1], -gt[5], 0);
                w.doubles(TiffTag.MODEL_TIEPOINT, 0, 0, 0, gt[0], gt[3], 0);
            } else {
                w.doubles(TiffTag.MODEL_TRANSFORMATION, gt[1], gt[2], 0, gt[0], gt[4], gt[5], 0, gt[3],
                        0, 0, 0, 0, 0, 0, 0, 1);
            }
        });
        GeoKeys keys = o.geoKeys();
        if (!keys.isEmpty()) {
            w.shorts(TiffTag.GEO_KEY_DIRECTORY, keys.directory());
            if (keys.doubles().length > 0) {
                w.doubles(TiffTag.GEO_DOUBLE_PARAMS, keys.doubles());
            }
            if (!keys.ascii().isEmpty()) {
                w.ascii(TiffTag.GEO_ASCII_PARAMS, keys.ascii());
            }
        }
        o.nodata().ifPresent(v -> w.ascii(TiffTag.GDAL_NODATA, Georeferencing.formatNodata(v)));
        return w;
    }

    private static int[] repeat(int v, int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
