package io.chunkwise.io.geotiff;

/**
 * One decoded tile or strip: {@code rows} x {@code cols} pixels of {@code samples} interleaved
 * samples each, in a primitive array of the image's storage type. Never modified after decoding.
 */
record DecodedBlock(Object data, int rows, int cols, int samples, int itemSize) {
    /** Memory held by the block's data, in bytes. */
    long bytes() {
        return (long) rows * cols * samples * itemSize + 16;
    }
}
