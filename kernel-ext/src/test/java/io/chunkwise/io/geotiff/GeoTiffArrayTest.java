package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lazy arrays of every fixture give the manifest's statistics through ChunkedArray operations. */
class GeoTiffArrayTest {

    static List<String> files() {
        return Fixtures.validNames();
    }

    @ParameterizedTest
    @MethodSource("files")
    void reductionsOverBandsMatchNumpy(String name) {
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name))) {
            for (Map<String, Object> e : bandStats(name)) {
                int b = (int) Fixtures.num(e.get("band"));
                String what = name + " band " + b;
                ChunkedArray x = t.band(b);
                assertEquals("geotiff", x.name(), "layer name");
                if (e.get("sum") == null) {
                    assertTrue(Double.isNaN(x.sum().compute().item()), what + ": sum is NaN as in NumPy");
                } else {
                    exactOrClose(e.get("sum"), x.sum().compute(), t.dtype(), what + " sum");
                    assertEquals(Fixtures.num(e.get("min")), x.min().compute().item(), 0.0, what + " min");
                    assertEquals(Fixtures.num(e.get("max")), x.max().compute().item(), 0.0, what + " max");
                    close(e.get("mean"), x.mean().compute().item(), what + " mean");
                    close(e.get("std"), x.std().compute().item(), what + " std");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void maskedBandsGiveTheValidStatistics(String name) {
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name))) {
            for (Map<String, Object> e : bandStats(name)) {
                int b = (int) Fixtures.num(e.get("band"));
                String what = name + " band " + b + " masked";
                ChunkedArray m = t.maskedBand(b);
                DType expectedType = t.dtype() == DType.FLOAT64 || t.dtype().itemSize() >= 4 && t.dtype().isIntegral()
                        ? DType.FLOAT64 : DType.FLOAT32;
                assertEquals(expectedType, m.dtype(), what + " dtype");
                assertEquals((long) Fixtures.num(e.get("nodata_count")), m.isnan().countNonzero().compute().itemLong(),
                        what + " NaN count = nodata_count");
                close(e.get("valid_sum"), m.nansum().compute().item(), what + " nansum");
                close(e.get("valid_mean"), m.nanmean().compute().item(), what + " nanmean");
                close(e.get("valid_std"), m.nanstd().compute().item(), what + " nanstd");
                assertEquals(Fixtures.num(e.get("valid_min")), m.nanmin().compute().item(), 0.0, what + " nanmin");
                assertEquals(Fixtures.num(e.get("valid_max")), m.nanmax().compute().item(), 0.0, what + " nanmax");
                @SuppressWarnings("unchecked")
                Map<String, Object> h = (Map<String, Object>) e.get("histogram");
                @SuppressWarnings("unchecked")
                long[] counts = ((List<Object>) h.get("counts")).stream().mapToLong(o -> (long) Fixtures.num(o)).toArray();
                Histogram hist = m.histogram(10, Fixtures.num(e.get("valid_min")), Fixtures.num(e.get("valid_max"))).compute();
                assertArrayEquals(counts, hist.counts(), what + " histogram counts");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void anyChunkingAndTheThreeDimensionalArrayGiveTheSameBytes(String name) {
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name))) {
            DenseArray all = t.bands().compute();
            assertArrayEquals(new long[] {t.bandCount(), t.height(), t.width()}, all.shape(), "3-D shape");
            int plane = t.width() * t.height();
            for (Map<String, Object> e : bandStats(name)) {
                int b = (int) Fixtures.num(e.get("band"));
                String sha = (String) e.get("data_sha256_le");
                for (ChunkedArray x : List.of(t.band(b), t.band(b, 100, 77), t.band(b, 333), t.band(b, -1))) {
                    assertEquals(sha, BandStats.sha256(x.compute().data(), t.dtype()),
                            name + " band " + b + " chunks " + Arrays.toString(x.chunks().maxChunk()));
                }
                Object slice = Buffers.allocate(t.dtype(), plane);
                System.arraycopy(all.data(), (b - 1) * plane, slice, 0, plane);
                assertEquals(sha, BandStats.sha256(slice, t.dtype()), name + " band " + b + " of bands()");
                assertEquals(sha, BandStats.sha256(t.readBand(b).data(), t.dtype()), name + " readBand(" + b + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bandStats(String name) {
        return (List<Map<String, Object>>) Fixtures.entry(name).get("band_stats");
    }

    private static void exactOrClose(Object expected, DenseArray actual, DType dtype, String what) {
        if (dtype.isIntegral()) {
            assertEquals(new java.math.BigDecimal(expected.toString()).longValueExact(), actual.itemLong(), what);
        } else {
            close(expected, actual.item(), what);
        }
    }

    private static void close(Object expected, double actual, String what) {
        double e = Fixtures.num(expected);
        assertEquals(e, actual, Math.abs(e) * 1e-9 + 1e-12, what);
    }
}
