package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which reads go through the block cache: windows holding whole blocks of a one-sample-per-pixel
 * file decode them straight into the result and cache nothing; windows cutting blocks, and
 * pixel-interleaved files (whose other bands need the same blocks), share them through the cache.
 * Both ways give the same bytes as GDAL (checked against the manifest in {@link GeoTiffManifestTest}).
 */
class TiffPixelsTest {
    @Test
    void blockAlignedWindowsCacheNothingAndMatchCutWindows() {
        try (GeoTiff t = GeoTiff.open(Fixtures.file("int32_tiled_ragged_lzw_pred2.tif"))) {
            int[] block = t.blockShape();
            Object aligned = GeoTiffManifestTest.readInChunks(t.source(1), new int[] {block[0] * 2, block[1]});
            assertEquals(0, t.cachedBytes(), "windows of whole blocks (ragged edges included) leave the cache empty");
            Object cut = GeoTiffManifestTest.readInChunks(t.source(1), new int[] {100, 77});
            assertTrue(t.cachedBytes() > 0, "windows cutting blocks cache them, holding " + t.cachedBytes());
            assertEquals(BandStats.sha256(cut, t.dtype()), BandStats.sha256(aligned, t.dtype()),
                    "decoded straight into the window or through the cache, the same bytes");
        }
    }

    @Test
    void cachedBlocksServeLaterAlignedWindows() {
        try (GeoTiff t = GeoTiff.open(Fixtures.file("int32_tiled_ragged_lzw_pred2.tif"))) {
            Object cut = GeoTiffManifestTest.readInChunks(t.source(1), new int[] {100, 77});
            long cached = t.cachedBytes();
            Object whole = t.readBand(1).data();
            assertEquals(cached, t.cachedBytes(), "a whole-band read after cut windows neither adds nor drops blocks");
            assertEquals(BandStats.sha256(cut, t.dtype()), BandStats.sha256(whole, t.dtype()), "same bytes");
        }
    }

    @Test
    void pixelInterleavedBandsShareBlocksThroughTheCache() {
        try (GeoTiff t = GeoTiff.open(Fixtures.file("s2_reflectance_uint16_3band_tiled256_lzw.tif"))) {
            t.readBand(1);
            assertTrue(t.cachedBytes() > 0, "one band's read leaves the blocks for the other bands, "
                    + t.cachedBytes() + " bytes cached");
        }
    }
}
