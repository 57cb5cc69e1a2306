package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.InMemorySource;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact quantiles and medians against NumPy's, bit for bit, on random shapes and irregular chunks. */
class QuantileNumpyTest {
    static final double[] QS = {0, 0.01, 0.25, 0.5, 0.99, 1, 1.0 / 3, 0.7};
    static final String QS_PY = "[0, 0.01, 0.25, 0.5, 0.99, 1, 1/3, 0.7]";
    private static final List<Scheduler> SCHEDULERS = List.of(Scheduler.sync(), Scheduler.threads(3));

    /** A lazy array over {@code a} with random irregular chunks along every axis. */
    static ChunkedArray irregular(DenseArray a, Random r) {
        long[] shape = a.shape();
        int[][] lengths = new int[shape.length][];
        for (int ax = 0; ax < shape.length; ax++) {
            List<Integer> l = new ArrayList<>();
            long left = shape[ax];
            while (left > 0) {
                int c = (int) Math.min(left, 1 + r.nextInt((int) Math.max(1, shape[ax] / 2)));
                l.add(c);
                left -= c;
            }
            lengths[ax] = l.isEmpty() ? new int[] {0} : l.stream().mapToInt(Integer::intValue).toArray();
        }
        return ChunkedArray.fromSource(new InMemorySource(a), Chunks.ofLengths(shape, lengths));
    }

    /** Values with many ties (a few distinct values), -0.0 beside 0.0, and NaN only if asked. */
    static DenseArray ties(DType t, long seed, boolean nan, long... shape) {
        DenseArray a = TestData.random(t, seed, shape);
        Random r = new Random(seed);
        for (int i = 0; i < a.size(); i++) {
            double v = Math.floor(r.nextGaussian() * 3) / 2;
            if (i % 31 == 7) {
                v = -0.0;
            }
            Buffers.setDouble(a.data(), t, i, nan && i % 101 == 50 ? Double.NaN : v);
        }
        return a;
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64", "UINT64",
            "FLOAT32", "FLOAT64"})
    void wholeArrayQuantilesAndMedianEqualNumpy(DType t) {
        Random r = new Random(t.ordinal());
        long[] shape = {1 + r.nextInt(40), 1 + r.nextInt(60)};
        DenseArray plain = TestData.random(t, 7, shape);
        if (t.isFloat()) { // TestData puts NaN in float data; keep a NaN-free copy as well
            for (int i = 0; i < plain.size(); i++) {
                if (Double.isNaN(Buffers.getDouble(plain.data(), t, i))) {
                    Buffers.setDouble(plain.data(), t, i, i);
                }
            }
        }
        DenseArray tied = ties(t.isFloat() ? t : DType.INT16, 8, false, 3, 5, 7);
        List<DenseArray> inputs = new ArrayList<>(List.of(plain, tied));
        if (t.isFloat()) {
            inputs.add(ties(t, 9, true, 50, 3));
            inputs.add(TestData.random(t, 10, 101));
        }
        List<String> np = new ArrayList<>();
        Object[] named = new Object[inputs.size() * 2];
        for (int k = 0; k < inputs.size(); k++) {
            named[2 * k] = "a" + k;
            named[2 * k + 1] = inputs.get(k);
            np.addAll(List.of("np.quantile(a" + k + ", " + QS_PY + ")", "np.median(a" + k + ")", "np.quantile(a" + k + ", 0.99)"));
        }
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs(named), np);
        for (int k = 0; k < inputs.size(); k++) {
            DenseArray a = inputs.get(k);
            for (long cap : new long[] {RadixSelect.defaultGatherCap(), 3}) {
                ChunkedArray x = irregular(a, r);
                List<ChunkedArray> ours = List.of(
                        Quantiles.build(x, QuantileRule.quantiles(QS, a.dtype()), false, all(x), cap),
                        Quantiles.build(x, QuantileRule.median(a.dtype()), true, all(x), cap),
                        cap == 3 ? Quantiles.build(x, QuantileRule.quantiles(new double[] {0.99}, a.dtype()), true,
                                all(x), cap) : x.quantile(0.99));
                for (Scheduler s : SCHEDULERS) {
                    for (int i = 0; i < 3; i++) {
                        assertQuantile(expected.get(3 * k + i), ours.get(i).compute(s),
                                a.dtype() + " " + Arrays.toString(a.shape()) + " " + np.get(3 * k + i) + " cap " + cap + " " + s);
                    }
                }
            }
        }
    }

    /**
     * Exact equality with NumPy; NumPy 1.x returns a 0-d float32 NaN (not float64) for the quantile of
     * float32 data with NaN, a dtype quirk we do not copy, so that case compares values only.
     */
    static void assertQuantile(DenseArray expected, DenseArray actual, String what) {
        if (expected.ndim() == 0 && expected.dtype() == DType.FLOAT32 && Double.isNaN(expected.item())) {
            assertEquals(Double.NaN, actual.item(), what);
            return;
        }
        assertArrayClose(expected, actual, 0, what);
    }

    private static int[] all(ChunkedArray x) {
        int[] a = new int[x.ndim()];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"INT16", "UINT32", "INT64", "FLOAT32", "FLOAT64"})
    void quantilesAndMediansAlongAxesEqualNumpy(DType t) {
        Random r = new Random(100 + t.ordinal());
        long[] shape = {2 + r.nextInt(6), 1 + r.nextInt(9), 2 + r.nextInt(11)};
        DenseArray a = t.isFloat() ? ties(t, 11, true, shape) : halved(TestData.random(t, 11, shape));
        ChunkedArray x = irregular(a, r);
        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            np.add("np.quantile(a, 0.37, axis=" + axis + ")");
            ours.add(x.quantile(0.37, axis));
            np.add("np.quantile(a, " + QS_PY + ", axis=" + axis + ")");
            ours.add(x.quantile(QS, axis));
            np.add("np.median(a, axis=" + axis + ")");
            ours.add(x.median(axis));
        }
        np.add("np.median(a, axis=(0, 2))");
        ours.add(x.median(0, 2));
        np.add("np.median(a, axis=(1, 2))");
        ours.add(x.median(-1, 1));
        np.add("np.median(a)");
        ours.add(x.median());
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a), np);
        for (Scheduler s : SCHEDULERS) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                assertArrayClose(expected.get(i), got.get(i), 0, t + " " + Arrays.toString(shape) + " " + np.get(i) + " " + s);
            }
        }
    }

    /**
     * Integers halved toward zero, so that no two differ by more than the type holds: NumPy 1.x takes
     * the difference of neighbouring values in the input's integer type and wraps around otherwise.
     */
    static DenseArray halved(DenseArray a) {
        for (int i = 0; i < a.size(); i++) {
            long v = Buffers.getLong(a.data(), a.dtype(), i);
            Buffers.setLong(a.data(), a.dtype(), i, a.dtype().isUnsigned() ? v >>> 1 : v / 2);
        }
        return a;
    }

    @Test
    void integerInterpolationDoesNotWrapAroundLikeNumpy() {
        // np.quantile(np.array([-100, 100], np.int8), 0.5) is 128.0 in NumPy 1.24 (int8 difference wraps)
        ChunkedArray x = Chunkwise.fromBuffer(new byte[] {-100, 100}, DType.INT8, new long[] {2}, 1);
        assertEquals(0.0, x.quantile(0.5).compute().item());
        assertEquals(-40.0, x.quantile(0.3).compute().item(), 1e-12);
        assertEquals(0.0, x.median().compute().item());
    }

    @Test
    void infinitiesInterpolateAsNumpyDoes() {
        double[] v = {Double.NEGATIVE_INFINITY, -1, 0, 2.5, 2.5, 7, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        DenseArray a = DenseArray.of(v, v.length);
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "np.quantile(a, " + QS_PY + ")");
        ChunkedArray x = Chunkwise.fromArray(v, 3);
        assertArrayClose(expected, x.quantile(QS).compute(), 0, "quantiles with infinities");
    }

    @Test
    void medianOfEmptyIsNanAsInNumpy() {
        ChunkedArray empty = Chunkwise.zeros(DType.FLOAT64, new long[] {0, 4});
        assertEquals(Double.NaN, empty.median().compute().item());
        DenseArray m = empty.median(0).compute();
        assertEquals(4, m.size());
        assertEquals(Double.NaN, m.getDouble(3));
    }

    @Test
    void alongAxisBlocksKeepAColumnRegionNearTheTarget() {
        ChunkedArray x = Chunkwise.random(3, new long[] {5000, 2000, 3}, 5000, 2000, 3);
        ChunkedArray m = x.median(0);
        int[] block = m.chunks().maxChunk();
        assertEquals(2, block.length);
        long region = 5000L * block[0] * block[1];
        assertEquals(true, region <= Quantiles.REGION_TARGET && region > Quantiles.REGION_TARGET / 4,
                "one task gathers " + region + " values, target " + Quantiles.REGION_TARGET + ", blocks " + m.chunks());
        assertEquals(List.of(2000L, 3L), Arrays.stream(m.shape()).boxed().toList());
        assertEquals(DType.FLOAT64, m.dtype());
    }
}
