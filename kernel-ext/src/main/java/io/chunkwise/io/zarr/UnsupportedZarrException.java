package io.chunkwise.io.zarr;

/**
 * A valid Zarr array uses a feature this package does not support: a format other than v2,
 * Fortran order, filters, a compressor other than zlib or gzip, or an unsupported element type.
 */
public class UnsupportedZarrException extends UnsupportedOperationException {
    public UnsupportedZarrException(String message) {
        super(message);
    }
}
