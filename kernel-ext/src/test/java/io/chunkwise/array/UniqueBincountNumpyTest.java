package io.chunkwise.array;

import io.chunkwise.Chunkwise;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code unique} and {@code bincount} against NumPy, exactly, on random shapes and irregular chunks. */
class UniqueBincountNumpyTest {
    private static long[] shape(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new long[] {1 + r.nextInt(900)};
            case 1 -> new long[] {1 + r.nextInt(30), 1 + r.nextInt(40)};
            default -> new long[] {1 + r.nextInt(8), 1 + r.nextInt(9), 1 + r.nextInt(10)};
        };
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64", "UINT64"})
    void uniqueAndBincountEqualNumpy(DType t) {
        Random r = new Random(31 + t.ordinal());
        DenseArray any = TestData.random(t, 3, shape(r));
        DenseArray few = TestData.random(t, 4, shape(r)); // many repeats, both signs
        DenseArray counts = TestData.random(t, 5, shape(r)); // non-negative, for bincount
        for (int i = 0; i < few.size(); i++) {
            long v = Buffers.getLong(few.data(), t, i);
            Buffers.setLong(few.data(), t, i, t == DType.BOOL ? v : (v % 23));
        }
        for (int i = 0; i < counts.size(); i++) {
            long c = Math.floorMod(Buffers.getLong(counts.data(), t, i), t == DType.BOOL ? 2 : 120);
            Buffers.setLong(counts.data(), t, i, c);
        }
        String np64 = t == DType.UINT64 ? ".astype(np.int64)" : "";
        List<String> np = List.of("np.unique(a)", "np.unique(f)", "np.unique(f % 7)",
                "np.bincount(c.ravel()" + np64 + ")", "np.bincount(c.ravel()" + np64 + ", minlength=150)");
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", any, "f", few, "c", counts), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
            ChunkedArray a = QuantileNumpyTest.irregular(any, r);
            ChunkedArray f = QuantileNumpyTest.irregular(few, r);
            ChunkedArray c = QuantileNumpyTest.irregular(counts, r);
            List<ChunkedArray> ours = new ArrayList<>(List.of(a.unique(), f.unique(), t == DType.BOOL ? f.unique()
                    : f.mod(7).unique(), c.bincount(), c.bincount(150)));
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                if (t == DType.BOOL && i == 2) {
                    continue; // % is not defined for bool arrays
                }
                assertArrayClose(expected.get(i), got.get(i), 0, t + " " + np.get(i) + " with " + s);
            }
        }
    }

    @Test
    void largeSparseBincountEqualsNumpy() {
        Random r = new Random(9);
        long[] v = new long[5000];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(10) == 0 ? 1_100_000 + r.nextInt(5) : r.nextInt(1_000_000);
        }
        DenseArray a = DenseArray.of(v, v.length);
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "np.bincount(a)");
        ChunkedArray b = Chunkwise.fromArray(v, 333).bincount();
        assertTrue(b.size() > BincountSource.DENSE_LIMIT, "counts beyond the dense limit");
        assertArrayClose(expected, b.compute(Scheduler.threads(3)), 0, "sparse bincount");
    }

    @Test
    void emptyArraysGiveEmptyUniqueAndMinlengthZeros() {
        ChunkedArray e = Chunkwise.zeros(DType.INT32, new long[] {0, 7});
        assertEquals(0, e.unique().size());
        assertEquals(DType.INT32, e.unique().dtype());
        DenseArray b = e.bincount(4).compute();
        assertEquals(4, b.size());
        assertEquals(DType.INT64, b.dtype());
        assertEquals(0, b.getLong(3));
        assertEquals(0, e.bincount().size());
    }

    @Test
    void resultsAreKeptAndShapesExact() {
        ChunkedArray x = Chunkwise.arange(1000, 64).mod(10).add(5);
        ChunkedArray u = x.unique();
        assertEquals(List.of(10L), Arrays.stream(u.shape()).boxed().toList());
        assertEquals("unique", u.name());
        assertEquals(14L, u.compute().getLong(9));
        ChunkedArray b = x.bincount();
        assertEquals(List.of(15L), Arrays.stream(b.shape()).boxed().toList());
        assertEquals(100L, b.compute().getLong(14));
        assertEquals(0L, b.compute().getLong(4));
    }

    @Test
    void rejectsFloatsNegativesAndBadMinlength() {
        ChunkedArray f = Chunkwise.random(1, new long[] {10}, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, f::unique);
        assertTrue(e.getMessage().contains("integer or bool") && e.getMessage().contains("float64")
                && e.getMessage().contains("astype(DType.INT64)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, f::bincount);
        assertTrue(e.getMessage().contains("bincount needs an integer"), e.getMessage());
        ChunkedArray neg = Chunkwise.arange(10, 3).sub(4);
        ChunkedArray counts = neg.bincount(); // lazy: the counting pass runs when the length is first needed
        e = assertThrows(IllegalArgumentException.class, counts::shape);
        assertTrue(e.getMessage().contains("non-negative") && e.getMessage().contains("-4 (its minimum)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Chunkwise.arange(10, 3).bincount(-1));
        assertTrue(e.getMessage().contains("minlength must be >= 0 but got -1"), e.getMessage());
        ChunkedArray huge = Chunkwise.full(3e9, DType.INT64, new long[] {3});
        ResultTooLargeException big = assertThrows(ResultTooLargeException.class, () -> huge.bincount().shape());
        assertTrue(big.getMessage().contains("3000000000 + 1 bins"), big.getMessage());
    }
}
