package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written files read back identically (with this reader), keep georeferencing, and fail cleanly. */
class GeoTiffWriterTest {
    @TempDir
    Path tmp;

    @Test
    void everyFixtureRoundTripsWithEachCompressionAndPredictor() {
        List<GeoTiffWriteOptions> variants = List.of(
                GeoTiffWriteOptions.defaults(),
                GeoTiffWriteOptions.builder().compression("lzw").tileSize(64, 128).build(),
                GeoTiffWriteOptions.builder().compression("lzw").predictor(1).tileSize(512).build(),
                GeoTiffWriteOptions.builder().compression("deflate").predictor(1).deflateLevel(1).build(),
                GeoTiffWriteOptions.builder().compression("none").tileSize(32, 48).bigTiff(GeoTiffWriteOptions.BigTiff.YES).build());
        for (String name : Fixtures.validNames()) {
            try (GeoTiff src = GeoTiff.open(Fixtures.file(name))) {
                for (int v = 0; v < variants.size(); v++) {
                    GeoTiffWriteOptions o = variants.get(v).toBuilder().copyGeoreferencingFrom(src).build();
                    Path out = tmp.resolve(name.replace(".tif", "_" + v + ".tif"));
                    ChunkedArray x = src.bandCount() == 1 ? src.band(1) : src.bands();
                    GeoTiffWriter.write(x, out, o);
                    try (GeoTiff back = GeoTiff.open(out)) {
                        String what = out.getFileName() + " (" + o + ")";
                        assertEquals(src.dtype(), back.dtype(), what);
                        assertEquals(src.bandCount(), back.bandCount(), what);
                        assertArrayEquals(o.tileShape(), back.blockShape(), what);
                        assertEquals(o.compression().name(), back.compression(), what);
                        assertEquals(o.bigTiff() == GeoTiffWriteOptions.BigTiff.YES, back.isBigTiff(), what);
                        assertEquals(src.epsg(), back.epsg(), what + " EPSG");
                        assertEquals(src.crsWkt(), back.crsWkt(), what + " WKT");
                        assertArrayEquals(src.transform(), back.transform(), 0.0, what + " transform");
                        assertEquals(src.nodata().isPresent(), back.nodata().isPresent(), what + " nodata");
                        if (src.nodata().isPresent()) {
                            assertEquals(src.nodata().getAsDouble(), back.nodata().getAsDouble(), 0.0, what + " nodata");
                        }
                        for (int b = 1; b <= src.bandCount(); b++) {
                            assertEquals(expectedSha(name, b), BandStats.sha256(back.readBand(b).data(), back.dtype()),
                                    what + " band " + b);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFailureMidwayLeavesTheTargetUntouchedAndNoTemporaryFiles() throws IOException {
        Path target = tmp.resolve("kept.tif");
        Files.writeString(target, "the previous contents");
        ChunkedArray failing = ChunkedArray.fromSource(new FailingSource(), 64, 64);
        RuntimeException e = assertThrows(RuntimeException.class, () -> GeoTiffWriter.write(failing, target,
                GeoTiffWriteOptions.builder().tileSize(64).build()));
        assertTrue(String.valueOf(e.getMessage()).contains("disk on fire") || hasMessage(e, "disk on fire"), e.toString());
        assertEquals("the previous contents", Files.readString(target), "the target is untouched");
        assertEquals(List.of(target), list(tmp), "no temporary file is left");

        Path fresh = tmp.resolve("never.tif");
        assertThrows(RuntimeException.class, () -> GeoTiffWriter.write(failing, fresh));
        assertTrue(Files.notExists(fresh), "a failed write creates no target");
        assertEquals(List.of(target), list(tmp), "no temporary file is left");
    }

    @Test
    void writesExplicitGeoreferencingAndNanNodata() {
        Path out = tmp.resolve("ndvi.tif");
        ChunkedArray x = Chunkwise.random(7, new long[] {300, 500}, 100, 128).astype(DType.FLOAT32);
        GeoTiffWriter.write(x, out, GeoTiffWriteOptions.builder().epsg(32633).transform(410000, 10, 0, 5790000, 0, -10)
                .nodata(Double.NaN).build());
        try (GeoTiff t = GeoTiff.open(out)) {
            assertEquals(32633, t.epsg().orElseThrow());
            assertTrue(t.crsWkt().startsWith("PROJCS[\"WGS 84 / UTM zone 33N\""), t.crsWkt());
            assertArrayEquals(new double[] {410000, 10, 0, 5790000, 0, -10}, t.transform(), 0.0);
            assertTrue(Double.isNaN(t.nodata().orElseThrow()));
            assertEquals(3, t.predictor(), "floats get the floating-point predictor by default");
            assertArrayEquals((float[]) x.compute().data(), (float[]) t.readBand(1).data());
        }
    }

    @Test
    void writesARotatedTransformAsModelTransformation() {
        Path out = tmp.resolve("rotated.tif");
        double[] gt = {1000, 2, 0.5, 5000, 0.25, -2};
        GeoTiffWriter.write(Chunkwise.zeros(DType.UINT8, new long[] {20, 30}), out,
                GeoTiffWriteOptions.builder().transform(gt).epsg(4326).build());
        try (GeoTiff t = GeoTiff.open(out)) {
            assertArrayEquals(gt, t.transform(), 0.0);
            assertEquals(4326, t.epsg().orElseThrow());
        }
    }

    @Test
    void rejectsRegionsNotAlignedToTilesAndWrongBuffers() {
        GeoTiffSink sink = new GeoTiffSink(tmp.resolve("x.tif"), new long[] {100, 100}, DType.INT16,
                GeoTiffWriteOptions.builder().tileSize(32).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sink.write(new Region(new long[] {16, 0}, new int[] {32, 32}), new short[32 * 32]));
        assertTrue(e.getMessage().contains("not aligned to the [32, 32] tiles"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> sink.write(new Region(new long[] {0, 0}, new int[] {32, 32}), new int[32 * 32]));
        sink.write(new Region(new long[] {96, 96}, new int[] {4, 4}), new short[16]);
        IllegalStateException missing = assertThrows(IllegalStateException.class, sink::commit);
        assertTrue(missing.getMessage().contains("was never written"), missing.getMessage());
        assertEquals(List.of(), list(tmp), "a failed commit removes its temporary file");
    }

    @Test
    void rejectsBadOptionsWithTheValidChoices() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.builder().compression("zstd"))
                .getMessage().contains("[DEFLATE, LZW, NONE]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.builder().tileSize(100))
                .getMessage().contains("multiples of 16"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GeoTiffWriteOptions.builder().predictor(3).build().predictorFor(DType.INT16))
                .getMessage().contains("use 2 (horizontal) or 1 (none)"));
    }

    private static String expectedSha(String name, int band) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stats = (List<Map<String, Object>>) Fixtures.entry(name).get("band_stats");
        return (String) stats.get(band - 1).get("data_sha256_le");
    }

    private static boolean hasMessage(Throwable t, String text) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** 256 x 256 int16 zeros, except that reading pixel (128, 64) fails like a broken disk. */
    private static final class FailingSource implements ChunkSource {
        @Override
        public long[] shape() {
            return new long[] {256, 256};
        }

        @Override
        public DType dtype() {
            return DType.INT16;
        }

        @Override
        public Object read(Region region) {
            boolean rows = region.start()[0] <= 128 && 128 < region.start()[0] + region.size()[0];
            boolean cols = region.start()[1] <= 64 && 64 < region.start()[1] + region.size()[1];
            if (rows && cols) {
                throw new IllegalStateException("disk on fire at " + region);
            }
            return new short[(int) region.elements()];
        }
    }
}
