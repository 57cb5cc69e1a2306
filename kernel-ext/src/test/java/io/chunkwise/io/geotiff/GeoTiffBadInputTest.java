package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files fail with clear errors that name the file, before any large allocation. */
class GeoTiffBadInputTest {
    @TempDir
    Path tmp;

    @Test
    void rejectsTruncatedFileWhenReadingPixelsNeverReturningZeros() {
        Path p = Fixtures.file("bad_truncated.tif");
        try (GeoTiff t = GeoTiff.open(p)) {
            assertEquals(1024, t.width(), "the header is intact, so opening works");
            GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> t.readBand(1));
            assertTrue(e.getMessage().contains("bad_truncated.tif"), e.getMessage());
            assertTrue(e.getMessage().matches(".*tile \\d+ \\(block row \\d+, column \\d+\\).*truncated.*"), e.getMessage());
            Throwable viaArray = assertThrows(RuntimeException.class, () -> t.band(1).sum().compute());
            assertTrue(hasCause(viaArray, GeoTiffFormatException.class), "the array error carries the format error: " + viaArray);
        }
    }

    @Test
    void rejectsFileThatIsNotATiff() {
        Path p = Fixtures.file("bad_not_a_tiff.tif");
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("bad_not_a_tiff.tif") && e.getMessage().contains("not a TIFF"), e.getMessage());
        assertEquals(p, e.file());
    }

    @Test
    void rejectsEmptyFile() {
        Path empty = Fixtures.file("bad_empty.tif"); // skips, outside assertThrows, where the fixtures are absent
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(empty));
        assertTrue(e.getMessage().contains("bad_empty.tif") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void rejectsMissingFile() {
        Path p = tmp.resolve("nowhere.tif");
        GeoTiffIOException e = assertThrows(GeoTiffIOException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("nowhere.tif") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void rejectsDirectory() {
        GeoTiffIOException e = assertThrows(GeoTiffIOException.class, () -> GeoTiff.open(tmp));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void rejectsHugeTilesBeforeAllocating() throws IOException {
        // one million by one million tiles of 8-byte samples: 8 TB per tile
        Path p = write("huge_tile.tif", tiled(1_000_000_000L, 1_000_000_000L, 1_000_000, 64, 3, 1));
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("huge_tile.tif") && e.getMessage().contains("would decode to more than"),
                e.getMessage());
    }

    @Test
    void rejectsMoreTilesThanTheOffsetsList() throws IOException {
        Path p = write("many_tiles.tif", tiled(1_000_000_000L, 1_000_000_000L, 1024, 8, 1, 1));
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("would have 953675292969 blocks per band"), e.getMessage());
    }

    @Test
    void rejectsValueCountsLargerThanTheFile() throws IOException {
        TiffBytes b = base(16, 16).tag(TiffTag.STRIP_OFFSETS, TiffTag.LONG, 8).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 256);
        byte[] bytes = b.build();
        // the StripOffsets entry is the 7th (sorted by tag); claim a billion values
        patchCount(bytes, TiffTag.STRIP_OFFSETS, 1_000_000_000);
        Path p = write("huge_count.tif", bytes);
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("StripOffsets (273) claims 1000000000 values"), e.getMessage());
    }

    @Test
    void rejectsUnsupportedCompressionNamingIt() throws IOException {
        Path p = write("jpeg.tif", base(16, 16).tag(TiffTag.COMPRESSION, 3, 7)
                .tag(TiffTag.STRIP_OFFSETS, 4, 8).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 10).build());
        GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> GeoTiff.open(p));
        assertTrue(e.getMessage().contains("compression 7 (JPEG) is not supported") && e.getMessage().contains("gdal_translate"),
                e.getMessage());
    }

    @Test
    void rejectsBandOutsideTheFileNamingTheValidRange() {
        try (GeoTiff t = GeoTiff.open(Fixtures.file("s2_reflectance_uint16_3band_tiled256_lzw.tif"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.band(4));
            assertTrue(e.getMessage().contains("band 4 does not exist; valid bands are 1..3"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> t.band(0));
        }
    }

    @Test
    void rejectsBlockThatDecodesShort() throws IOException {
        TiffBytes b = base(16, 16).tag(TiffTag.COMPRESSION, 3, 32773);
        // PackBits: twice 101 copies of 7, of the 256 bytes needed
        long at = b.data(new byte[] {(byte) -100, 7, (byte) -100, 7});
        b.tag(TiffTag.STRIP_OFFSETS, 4, at).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 4);
        Path p = write("short.tif", b.build());
        try (GeoTiff t = GeoTiff.open(p)) {
            GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> t.readBand(1));
            assertTrue(e.getMessage().contains("short.tif: strip 0 decodes to 202 bytes but holds 256"), e.getMessage());
        }
    }

    @Test
    void rejectsBlocksClaimingMoreThanTheCodecCanExpandToBeforeAllocating() throws IOException {
        TiffBytes b = base(4096, 4096).tag(TiffTag.COMPRESSION, 3, 32773);
        long at = b.data(new byte[] {(byte) -127, 7}); // 2 PackBits bytes cannot make 16 MiB
        b.tag(TiffTag.STRIP_OFFSETS, 4, at).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 2);
        try (GeoTiff t = GeoTiff.open(write("bomb.tif", b.build()))) {
            GeoTiffFormatException e = assertThrows(GeoTiffFormatException.class, () -> t.readBand(1));
            assertTrue(e.getMessage().contains("strip 0 holds 2 stored bytes for 16777216 bytes of pixels"), e.getMessage());
        }
    }

    @Test
    void readsSparseBlocksAsNodata() throws IOException {
        TiffBytes b = base(16, 16).tag(TiffTag.STRIP_OFFSETS, 4, 0).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 0);
        b.tag(TiffTag.GDAL_NODATA, TiffTag.ASCII, '7', 0);
        try (GeoTiff t = GeoTiff.open(write("sparse.tif", b.build()))) {
            byte[] expected = new byte[256];
            java.util.Arrays.fill(expected, (byte) 7);
            assertArrayEquals(expected, (byte[]) t.readBand(1).data(), "whole band, decoded straight into the result");
            assertArrayEquals(expected, (byte[]) GeoTiffManifestTest.readInChunks(t.source(1), new int[] {5, 3}),
                    "5 x 3 windows, through the block cache");
        }
    }

    @Test
    void readsBigEndianStripsWithHorizontalPredictor() throws IOException {
        TiffBytes b = new TiffBytes(ByteOrder.BIG_ENDIAN).tag(TiffTag.IMAGE_WIDTH, 3, 3).tag(TiffTag.IMAGE_LENGTH, 3, 2)
                .tag(TiffTag.BITS_PER_SAMPLE, 3, 16).tag(TiffTag.SAMPLE_FORMAT, 3, 2).tag(TiffTag.PREDICTOR, 3, 2)
                .tag(TiffTag.ROWS_PER_STRIP, 3, 2);
        // rows (1000, -5, 7) and (3, 3, 3) differenced: (1000, -1005, 12) and (3, 0, 0), big-endian
        long at = b.data(new byte[] {0x03, (byte) 0xE8, (byte) 0xFC, 0x13, 0, 12, 0, 3, 0, 0, 0, 0});
        b.tag(TiffTag.STRIP_OFFSETS, 4, at).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 12);
        try (GeoTiff t = GeoTiff.open(write("be.tif", b.build()))) {
            assertArrayEquals(new short[] {1000, -5, 7, 3, 3, 3}, (short[]) t.readBand(1).data());
        }
    }

    private static boolean hasCause(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static TiffBytes base(long w, long h) {
        return new TiffBytes(ByteOrder.LITTLE_ENDIAN).tag(TiffTag.IMAGE_WIDTH, 4, w).tag(TiffTag.IMAGE_LENGTH, 4, h)
                .tag(TiffTag.BITS_PER_SAMPLE, 3, 8).tag(TiffTag.ROWS_PER_STRIP, 4, h);
    }

    private static byte[] tiled(long w, long h, long tile, int bits, int format, int offsets) {
        long[] zeros = new long[offsets];
        return new TiffBytes(ByteOrder.LITTLE_ENDIAN).tag(TiffTag.IMAGE_WIDTH, 4, w).tag(TiffTag.IMAGE_LENGTH, 4, h)
                .tag(TiffTag.BITS_PER_SAMPLE, 3, bits).tag(TiffTag.SAMPLE_FORMAT, 3, format)
                .tag(TiffTag.TILE_WIDTH, 4, tile).tag(TiffTag.TILE_LENGTH, 4, tile)
                .tag(TiffTag.TILE_OFFSETS, 4, zeros).tag(TiffTag.TILE_BYTE_COUNTS, 4, zeros).build();
    }

    private static void patchCount(byte[] b, int tag, int count) {
        int ifd = (b[4] & 0xFF) | (b[5] & 0xFF) << 8 | (b[6] & 0xFF) << 16 | (b[7] & 0xFF) << 24;
        int n = (b[ifd] & 0xFF) | (b[ifd + 1] & 0xFF) << 8;
        for (int i = 0; i < n; i++) {
            int at = ifd + 2 + 12 * i;
            if (((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8) == tag) {
                for (int k = 0; k < 4; k++) {
                    b[at + 4 + k] = (byte) (count >>> (8 * k));
                }
            }
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
