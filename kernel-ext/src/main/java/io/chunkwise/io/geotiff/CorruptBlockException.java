package io.chunkwise.io.geotiff;

/**
 * A compressed block does not decode: thrown by the codecs with the detail, and turned by the block
 * decoder into a {@link GeoTiffFormatException} that names the file and the block.
 */
final class CorruptBlockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CorruptBlockException(String detail) {
        super(detail, null, false, false);
    }
}
