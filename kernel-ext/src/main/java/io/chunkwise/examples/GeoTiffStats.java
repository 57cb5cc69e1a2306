package io.chunkwise.examples;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;

import java.util.List;
import java.util.Locale;

/**
 * Streaming min, max, mean and std of band 1 of a GeoTIFF in one pass, as {@code gdalinfo -stats}
 * computes them; used by {@code bench/geotiff_stats.py} with a 256 MB heap. Prints the time as well.
 */
public final class GeoTiffStats {
    private GeoTiffStats() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        ChunkedArray b = Chunkwise.openGeoTiff(args[0]).band(1);
        List<DenseArray> r = Chunkwise.compute(b.min(), b.max(), b.mean(), b.std());
        System.out.printf(Locale.ROOT, "min=%d max=%d mean=%.6f std=%.6f in %.3f s (chunks %s, heap max %d MB)%n",
                r.get(0).itemLong(), r.get(1).itemLong(), r.get(2).item(), r.get(3).item(),
                (System.nanoTime() - t0) / 1e9, b.chunks().maxChunk().length == 2
                        ? b.chunks().maxChunk()[0] + "x" + b.chunks().maxChunk()[1] : "?",
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
