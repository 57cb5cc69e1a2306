package io.chunkwise.examples;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.schedule.Scheduler;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmark main: the workloads of the Dask baseline (W1 cube sum and compute, W2 random cube
 * mean, W3 axis mean/std, W4 100-bin histogram, W6 10,000-chunk sum), one warm-up and five timed
 * runs each, printed as JSON lines with the same fields as the baseline (best of the first 3,
 * median of 5, peak heap, whether SIMD was on). Run: {@code java -Xmx16g --add-modules
 * jdk.incubator.vector -cp kernel-ext/target/classes io.chunkwise.examples.Bench [--scale 0.5]
 * [--only W1,W4] [--geotiff W5-file.tif]}; W5 reads the
 * GeoTIFF that the Dask baseline writes (and is skipped without {@code --geotiff}).
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) {
        double scale = 1;
        String only = "";
        String geotiff = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--scale")) {
                scale = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--only")) {
                only = args[++i];
            } else if (args[i].equals("--geotiff")) {
                geotiff = args[++i];
            }
        }
        Scheduler pool = Scheduler.threads(2);
        int n = (int) (20000 * scale);
        if (want(only, "W1") || want(only, "W3") || want(only, "W4")) {
            double[] data = new double[n * n];
            ChunkedArray r = Chunkwise.random(0, new long[] {n, n}, 1000);
            System.arraycopy((double[]) r.compute(pool).data(), 0, data, 0, data.length);
            ChunkedArray x = Chunkwise.fromBuffer(data, DType.FLOAT64, new long[] {n, n}, 1000, 1000);
            if (want(only, "W1")) {
                run("W1", "cube_sum", () -> x.mul(x).mul(x).sum().compute(pool).item());
                run("W1", "cube_compute", () -> x.mul(x).mul(x).compute(pool));
            }
            if (want(only, "W3")) {
                run("W3", "mean_axis0", () -> x.mean(0).compute(pool));
                run("W3", "std_axis1", () -> x.std(1).compute(pool));
            }
            if (want(only, "W4")) {
                run("W4", "histogram_100", () -> x.histogram(100, 0, 1).compute(pool));
            }
        }
        if (want(only, "W2")) {
            int n2 = (int) (40000 * scale);
            int c2 = (int) (2000 * scale);
            run("W2", "random_cube_mean", () -> {
                ChunkedArray r = Chunkwise.random(1, new long[] {n2, n2}, c2);
                return r.mul(r).mul(r).mean().compute(pool).item();
            });
        }
        if (want(only, "W5") && geotiff != null) {
            // the baseline's 8000 x 8000 uint16 tiled LZW file, made by dask_baseline.py (rasterio)
            String path = geotiff;
            run("W5", "lazy_windows_mean", () -> {
                ChunkedArray b = Chunkwise.openGeoTiff(path).band(1, 1024, 1024);
                return b.astype(DType.FLOAT32).mul(2.0).mean().compute(pool).item();
            });
        }
        if (want(only, "W7")) {
            int n7 = (int) (20000 * scale);
            int c7 = Math.max(1, (int) (100 * scale));
            double[] data = (double[]) Chunkwise.random(0, new long[] {n7, n7}, 1000).compute(pool).data();
            ChunkedArray x = Chunkwise.fromBuffer(data, DType.FLOAT64, new long[] {n7, n7}, n7, c7);
            run("W7", "rechunk_sum", () -> x.rechunk(c7, n7).sum().compute(pool).item());
        }
        if (want(only, "OVERLAP")) {
            int no = (int) (20000 * scale);
            ChunkedArray r = Chunkwise.random(3, new long[] {no, no}, 1000);
            run("OVERLAP", "focal_mean_3x3_mean", () -> r.mapOverlap(new int[] {1, 1},
                    io.chunkwise.array.Boundary.reflect(), Bench::focalMean, DType.FLOAT64).mean().compute(pool).item());
        }
        if (want(only, "QUANTILE")) {
            int nq = (int) (20000 * scale);
            ChunkedArray r = Chunkwise.random(4, new long[] {nq, nq}, 1000);
            run("QUANTILE", "one_pass_sum", () -> r.sum().compute(pool).item());
            run("QUANTILE", "quantile_0.99", () -> r.quantile(0.99).compute(pool).item());
        }
        if (want(only, "MATMUL")) {
            int m = (int) (4000 * scale);
            double[] p = (double[]) Chunkwise.random(5, new long[] {m, m}, 1000).compute(pool).data();
            double[] q = (double[]) Chunkwise.random(6, new long[] {m, m}, 1000).compute(pool).data();
            ChunkedArray a = Chunkwise.fromBuffer(p, DType.FLOAT64, new long[] {m, m}, 1000, 1000);
            ChunkedArray b = Chunkwise.fromBuffer(q, DType.FLOAT64, new long[] {m, m}, 1000, 1000);
            run("MATMUL", "matmul", () -> a.matmul(b).compute(pool));
        }
        if (want(only, "W6")) {
            int n6 = (int) (10000 * scale);
            int c6 = Math.max(1, (int) (100 * scale));
            run("W6", "ones_sum_incl_graph_build",
                    () -> Chunkwise.ones(DType.FLOAT64, new long[] {n6, n6}, c6).sum().compute(pool).item());
        }
    }

    /** A 3x3 mean over a block with a one-pixel halo; returns the block without the halo's border. */
    static io.chunkwise.array.DenseArray focalMean(io.chunkwise.array.DenseArray b, long[] index) {
        int h = (int) b.shape()[0];
        int w = (int) b.shape()[1];
        double[] in = (double[]) b.data();
        double[] out = new double[h * w];
        for (int i = 1; i < h - 1; i++) {
            for (int j = 1; j < w - 1; j++) {
                double s = 0;
                for (int di = -1; di <= 1; di++) {
                    int o = (i + di) * w + j;
                    s += in[o - 1] + in[o] + in[o + 1];
                }
                out[i * w + j] = s / 9;
            }
        }
        return io.chunkwise.array.DenseArray.of(out, h, w);
    }

    private static boolean want(String only, String w) {
        return only.isEmpty() || List.of(only.split(",")).contains(w);
    }

    private static void run(String workload, String name, Supplier<Object> f) {
        resetPeaks();
        f.get();
        List<Double> reps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            Object r = f.get();
            reps.add((System.nanoTime() - t0) / 1e9);
            if (r == null) {
                throw new IllegalStateException();
            }
        }
        double best3 = Math.min(reps.get(0), Math.min(reps.get(1), reps.get(2)));
        List<Double> sorted = new ArrayList<>(reps);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "{\"workload\": \"%s\", \"case\": \"%s\", \"engine\": \"chunkwise\", "
                        + "\"best_of_3_s\": %.4f, \"median_of_5_s\": %.4f, \"peak_heap_mb\": %.1f, \"simd\": \"%s\"}%n",
                workload, name, best3, sorted.get(2), peakHeapMb(), io.chunkwise.kernels.Simd.describe());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }
}
