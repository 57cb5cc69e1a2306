package io.chunkwise.examples;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;

import java.util.Locale;

/**
 * The seed guide as a Java program: make an example array, chunk it (1000, 1000), cube it lazily,
 * compute, and turn the result back into a plain {@code double[][]}; then the lazy way, which never
 * holds the cube in memory.
 */
public final class QuickGuide {
    private QuickGuide() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int cols = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        say("Chunkwise quick guide: lazy chunked arrays in Java%n%n");

        // 1. an example array: a smooth field like one satellite band, as a plain double[][]
        double[][] band = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                band[r][c] = 800 + 600 * (Math.sin(c / 310.0) * Math.cos(r / 270.0) + 0.5 * Math.sin((c + r) / 97.0)) / 1.5;
            }
        }
        say("1. example array: double[%d][%d]%n", rows, cols);

        // 2. chunk it: (1000, 1000) is around a million elements per chunk
        ChunkedArray x = Chunkwise.fromArray(band, 1000, 1000);
        say("2. x = Chunkwise.fromArray(band, 1000, 1000)%n   %s%n", x);

        // 3. cube it lazily: nothing is computed yet
        ChunkedArray y = x.mul(x).mul(x);
        say("3. y = x.mul(x).mul(x)  (lazy)%n   %s%n   %d graph layers fuse into %d tasks%n",
                y, y.graphLayers(), y.taskCount());

        // 4. compute, in parallel, chunk by chunk, straight into one result buffer
        long t0 = System.nanoTime();
        DenseArray result = y.compute();
        double computeMs = (System.nanoTime() - t0) / 1e6;
        say("4. result = y.compute()  -> %s in %.1f ms%n", result, computeMs);

        // 5. back to plain Java
        double[][] out = result.toDoubleMatrix();
        double checksum = 0;
        for (double[] row : out) {
            for (double v : row) {
                checksum += v;
            }
        }
        say("5. double[][] out = result.toDoubleMatrix()  -> %d x %d, checksum (sum) %.6e%n",
                out.length, out[0].length, checksum);

        // 6. the lazy way: reduce without ever holding the cube
        t0 = System.nanoTime();
        double lazySum = y.sum().compute().item();
        double sumMs = (System.nanoTime() - t0) / 1e6;
        say("6. y.sum().compute().item() = %.6e in %.1f ms (each chunk of x read once, no cube in memory)%n",
                lazySum, sumMs);
        say("   relative difference to the checksum: %.2e%n", Math.abs(lazySum - checksum) / Math.abs(checksum));
    }

    private static void say(String fmt, Object... args) {
        System.out.printf(Locale.ROOT, fmt, args);
    }
}
