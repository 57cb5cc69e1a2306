package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One open file read from many threads: identical bytes, a bounded cache, survival of interrupts. */
class GeoTiffConcurrencyTest {

    @ParameterizedTest
    @ValueSource(longs = {2 << 20, GeoTiff.DEFAULT_CACHE_BYTES}) // 2 MiB: 5 of the 12 tiles, so blocks are evicted while others read
    void fourThreadsReadingInShuffledOrderGetIdenticalBytes(long cacheBytes) throws Exception {
        String name = "s2_reflectance_uint16_3band_tiled256_lzw.tif";
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name), cacheBytes)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int band = 1; band <= 3; band++) {
                    GeoTiffSource src = t.source(band);
                    List<Future<String>> results = new ArrayList<>();
                    for (int thread = 0; thread < 4; thread++) {
                        long seed = thread;
                        results.add(pool.submit(() -> BandStats.sha256(readShuffled(src, new int[] {128, 160}, seed), src.dtype())));
                    }
                    String expected = (String) stats(name).get(band - 1).get("data_sha256_le");
                    for (Future<String> f : results) {
                        assertEquals(expected, f.get(), "band " + band + " read by 4 threads, cache " + cacheBytes);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(t.cachedBytes() <= cacheBytes + 256 * 256 * 3 * 2 + 64,
                    "cache holds " + t.cachedBytes() + " bytes, limit " + cacheBytes);
        }
    }

    @Test
    void anInterruptedReaderDoesNotBreakTheFileForOthers() {
        String name = "dem_float32_strips_deflate_pred3.tif";
        try (GeoTiff t = GeoTiff.open(Fixtures.file(name), 0)) {
            Thread.currentThread().interrupt();
            assertThrows(GeoTiffIOException.class, () -> t.readBand(1), "an interrupted read stops");
            assertTrue(Thread.interrupted(), "the interrupt flag is kept for the caller");
            String expected = (String) stats(name).get(0).get("data_sha256_le");
            assertEquals(expected, BandStats.sha256(t.readBand(1).data(), t.dtype()), "the next read reopens the file");
        }
    }

    @Test
    void aClosedHandleStillServesItsArrays() {
        String name = "geoid_float64_small_deflate_pred3.tif";
        GeoTiff t = GeoTiff.open(Fixtures.file(name));
        var band = t.band(1);
        t.close();
        assertEquals(stats(name).get(0).get("data_sha256_le"), BandStats.sha256(band.compute().data(), t.dtype()));
        t.close();
    }

    private static Object readShuffled(GeoTiffSource src, int[] chunk, long seed) {
        long[] shape = src.shape();
        Chunks grid = Chunks.regular(shape, chunk);
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < grid.numChunks(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Object full = Buffers.allocate(src.dtype(), (int) (shape[0] * shape[1]));
        for (long i : order) {
            Region r = grid.region(grid.unravel(i));
            Buffers.copyBox(src.read(r), new long[] {r.size()[0], r.size()[1]}, new long[2], full, shape, r.start(), r.size());
        }
        return full;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stats(String name) {
        return (List<Map<String, Object>>) Fixtures.entry(name).get("band_stats");
    }
}
