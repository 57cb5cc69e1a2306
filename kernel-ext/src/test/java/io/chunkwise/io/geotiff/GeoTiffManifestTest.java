package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid GDAL-made fixture reproduces its MANIFEST.json entry: metadata, statistics, checksums, samples. */
class GeoTiffManifestTest {

    static List<String> files() {
        return Fixtures.validNames();
    }

    @ParameterizedTest
    @MethodSource("files")
    void metadataMatchesGdal(String name) {
        Map<String, Object> m = Fixtures.entry(name);
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) m.get("layout");
        @SuppressWarnings("unchecked")
        Map<String, Object> crs = (Map<String, Object>) m.get("crs");
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name))) {
            assertEquals(Fixtures.num(m.get("width")), t.width(), "width");
            assertEquals(Fixtures.num(m.get("height")), t.height(), "height");
            assertEquals(Fixtures.num(m.get("bands")), t.bandCount(), "bands");
            assertEquals(m.get("dtype"), t.dtype().numpyName(), "dtype");
            @SuppressWarnings("unchecked")
            List<Object> block = ((List<List<Object>>) m.get("block_shapes_rows_cols")).get(0);
            assertArrayEquals(new int[] {(int) Fixtures.num(block.get(0)), (int) Fixtures.num(block.get(1))},
                    t.blockShape(), "block shape");
            assertEquals(layout.get("tiled"), t.isTiled(), "tiled");
            assertEquals(layout.get("bigtiff"), t.isBigTiff(), "BigTIFF");
            assertEquals(m.get("compression"), t.compression(), "compression");
            assertEquals((int) Fixtures.num(m.get("predictor")), t.predictor(), "predictor");
            assertEquals(m.get("interleave"), t.interleave(), "interleave");
            assertEquals((int) Fixtures.num(crs.get("epsg")), t.epsg().orElseThrow(), "EPSG code");
            assertEquals(crs.get("wkt"), t.crsWkt(), "WKT1 as GDAL prints it");
            @SuppressWarnings("unchecked")
            List<Object> gt = (List<Object>) m.get("geotransform_gdal");
            double[] expected = gt.stream().mapToDouble(Fixtures::num).toArray();
            assertArrayEquals(expected, t.transform(), 0.0, "geotransform");
            Object nodata = m.get("nodata");
            if (nodata == null) {
                assertTrue(t.nodata().isEmpty(), "no nodata");
            } else {
                assertEquals(Fixtures.num(nodata), t.nodata().orElseThrow(), 0.0, "nodata");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBandReproducesTheManifestUnderSeveralChunkings(String name) {
        Map<String, Object> m = Fixtures.entry(name);
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name))) {
            int[] block = t.blockShape();
            int[][] chunkings = {{block[0] * 2, block[1]}, {100, 77}, {t.height(), t.width()}, {37, t.width()}};
            double nodata = t.nodata().orElse(Double.NaN);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> bands = (List<Map<String, Object>>) m.get("band_stats");
            for (Map<String, Object> expected : bands) {
                int b = (int) Fixtures.num(expected.get("band"));
                GeoTiffSource src = t.source(b);
                Object full = null;
                for (int[] chunks : chunkings) {
                    Object buf = readInChunks(src, chunks);
                    assertEquals(expected.get("data_sha256_le"), BandStats.sha256(buf, t.dtype()),
                            name + " band " + b + " checksum read in chunks " + chunks[0] + "x" + chunks[1]);
                    full = buf;
                }
                checkStats(name + " band " + b, expected, BandStats.of(full, t.dtype(), nodata), t.dtype());
                checkSamples(name + " band " + b, expected, full, t);
            }
        }
    }

    /** Reads a whole 2-D source chunk by chunk and assembles it. */
    static Object readInChunks(GeoTiffSource src, int[] chunk) {
        long[] shape = src.shape();
        Chunks grid = Chunks.regular(shape, chunk);
        Object full = Buffers.allocate(src.dtype(), (int) (shape[0] * shape[1]));
        for (long i = 0; i < grid.numChunks(); i++) {
            Region r = grid.region(grid.unravel(i));
            Object part = src.read(r);
            Buffers.copyBox(part, new long[] {r.size()[0], r.size()[1]}, new long[2], full, shape, r.start(), r.size());
        }
        return full;
    }

    private static void checkStats(String what, Map<String, Object> e, BandStats s, DType dtype) {
        if (e.get("sum") == null) {
            assertTrue(s.anyNaN, what + ": NumPy gave NaN, so the band holds NaN");
        } else {
            close(e.get("sum"), s.sum, dtype, what + " sum");
            close(e.get("mean"), s.sum / s.count, null, what + " mean");
            close(e.get("min"), s.min, dtype, what + " min");
            close(e.get("max"), s.max, dtype, what + " max");
            close(e.get("std"), s.std, null, what + " std");
        }
        assertEquals((long) Fixtures.num(e.get("nodata_count")), s.nodataCount, what + " nodata_count");
        assertEquals((long) Fixtures.num(e.get("valid_count")), s.validCount, what + " valid_count");
        close(e.get("valid_sum"), s.validSum, dtype, what + " valid_sum");
        close(e.get("valid_mean"), s.validSum / s.validCount, null, what + " valid_mean");
        close(e.get("valid_min"), s.validMin, dtype, what + " valid_min");
        close(e.get("valid_max"), s.validMax, dtype, what + " valid_max");
        close(e.get("valid_std"), s.validStd, null, what + " valid_std");
        @SuppressWarnings("unchecked")
        Map<String, Object> h = (Map<String, Object>) e.get("histogram");
        @SuppressWarnings("unchecked")
        long[] counts = ((List<Object>) h.get("counts")).stream().mapToLong(o -> (long) Fixtures.num(o)).toArray();
        @SuppressWarnings("unchecked")
        double[] edges = ((List<Object>) h.get("edges")).stream().mapToDouble(Fixtures::num).toArray();
        assertArrayEquals(counts, s.histCounts, what + " histogram counts");
        assertArrayEquals(edges, s.histEdges, 0.0, what + " histogram edges");
    }

    /** Integers (and min/max of any type) exactly; float sums, means and stds to 1e-9 relative. */
    private static void close(Object expected, double actual, DType exactFor, String what) {
        double e = Fixtures.num(expected);
        boolean exact = exactFor != null && (exactFor.isIntegral() || what.endsWith("min") || what.endsWith("max"));
        if (exact) {
            assertEquals(e, actual, 0.0, what);
        } else {
            assertEquals(e, actual, Math.abs(e) * 1e-9 + 1e-12, what);
        }
    }

    private static void checkSamples(String what, Map<String, Object> e, Object full, GeoTiff t) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> samples = (List<Map<String, Object>>) e.get("samples");
        for (Map<String, Object> s : samples) {
            int r = (int) Fixtures.num(s.get("row"));
            int c = (int) Fixtures.num(s.get("col"));
            assertEquals(Fixtures.num(s.get("value")), Buffers.getDouble(full, t.dtype(), r * t.width() + c), 0.0,
                    what + " pixel (" + r + ", " + c + ")");
        }
    }
}
