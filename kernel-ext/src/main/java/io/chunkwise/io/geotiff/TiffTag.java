package io.chunkwise.io.geotiff;

/** Numbers and names of the TIFF and GeoTIFF tags this package reads or writes. */
final class TiffTag {
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int PLANAR_CONFIGURATION = 284;
    static final int PREDICTOR = 317;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GEO_DOUBLE_PARAMS = 34736;
    static final int GEO_ASCII_PARAMS = 34737;
    static final int GDAL_NODATA = 42113;

    /** TIFF field types (the entry's "type" number). */
    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int DOUBLE = 12;
    static final int LONG8 = 16;

    private TiffTag() {
    }

    /** The tag's name for messages, e.g. {@code "TileOffsets (324)"}. */
    static String name(int tag) {
        String n = switch (tag) {
            case IMAGE_WIDTH -> "ImageWidth";
            case IMAGE_LENGTH -> "ImageLength";
            case BITS_PER_SAMPLE -> "BitsPerSample";
            case COMPRESSION -> "Compression";
            case PHOTOMETRIC -> "PhotometricInterpretation";
            case STRIP_OFFSETS -> "StripOffsets";
            case SAMPLES_PER_PIXEL -> "SamplesPerPixel";
            case ROWS_PER_STRIP -> "RowsPerStrip";
            case STRIP_BYTE_COUNTS -> "StripByteCounts";
            case PLANAR_CONFIGURATION -> "PlanarConfiguration";
            case PREDICTOR -> "Predictor";
            case TILE_WIDTH -> "TileWidth";
            case TILE_LENGTH -> "TileLength";
            case TILE_OFFSETS -> "TileOffsets";
            case TILE_BYTE_COUNTS -> "TileByteCounts";
            case SAMPLE_FORMAT -> "SampleFormat";
            case MODEL_PIXEL_SCALE -> "ModelPixelScale";
            case MODEL_TIEPOINT -> "ModelTiepoint";
            case MODEL_TRANSFORMATION -> "ModelTransformation";
            case GEO_KEY_DIRECTORY -> "GeoKeyDirectory";
            case GEO_DOUBLE_PARAMS -> "GeoDoubleParams";
            case GEO_ASCII_PARAMS -> "GeoAsciiParams";
            case GDAL_NODATA -> "GDAL_NODATA";
            default -> "tag";
        };
        return n + " (" + tag + ")";
    }

    /** Bytes per value of a TIFF field type, or 0 for a type this reader does not know. */
    static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
    }
}
