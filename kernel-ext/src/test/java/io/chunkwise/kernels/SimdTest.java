package io.chunkwise.kernels;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Vector API loops agree with the scalar ones, and a JVM without the module still computes. */
class SimdTest {
    @Test
    void testsRunWithTheVectorModuleSoTheSimdLoopsAreExercised() {
        assertTrue(Simd.ENABLED, "kernel-ext/pom.xml starts the test JVM with --add-modules jdk.incubator.vector");
        assertTrue(Simd.describe().startsWith("on (Vector API, "), Simd.describe());
    }

    @Test
    void vectorUniformIsBitForBitTheScalarGenerator() {
        long key = Generators.key(42);
        for (long flat : new long[] {0, 1, 7, 1_000_003, (1L << 40) + 5}) {
            for (int n : new int[] {0, 1, 7, 8, 9, 63, 2048, 2051}) {
                double[] vec = new double[n + 3];
                double[] ref = new double[n + 3];
                VectorLoops.uniform(key, flat, vec, 3, n);
                Generators.uniformScalar(key, flat, ref, 3, n);
                assertArrayEquals(ref, vec, "flat " + flat + ", " + n + " values");
            }
        }
        double[] one = new double[1];
        Generators.uniform(key, 12345, one, 0, 1);
        assertEquals(Generators.uniformAt(key, 12345), one[0]);
        assertTrue(one[0] >= 0 && one[0] < 1);
    }

    @Test
    void vectorSumAgreesWithTheScalarSumAndPropagatesNaN() {
        SplittableRandom r = new SplittableRandom(9);
        for (int n : new int[] {0, 1, 5, 31, 32, 33, 1000, 2048, 4097}) {
            double[] v = new double[n + 2];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextDouble(-1e3, 1e3);
            }
            double scalar = Sums.scalarSum(v, 2, n);
            assertEquals(scalar, VectorLoops.sum(v, 2, n), 1e-12 * Math.max(1, Math.abs(scalar)) * n, "n = " + n);
            if (n > 3) {
                v[n] = Double.NaN;
                assertTrue(Double.isNaN(VectorLoops.sum(v, 2, n)), "NaN propagates, n = " + n);
                v[n] = Double.POSITIVE_INFINITY;
                assertEquals(Double.POSITIVE_INFINITY, VectorLoops.sum(v, 2, n), "n = " + n);
            }
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleFallsBackToTheScalarLoops() throws IOException, InterruptedException {
        Path out = Files.createTempFile("chunkwise-nosimd", ".txt");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "io.chunkwise.examples.Bench", "--scale", "0.02", "--only", "W2")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the bench finished");
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), text);
            assertTrue(text.contains("\"random_cube_mean\"") && text.contains("\"simd\": \"off"), text);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
