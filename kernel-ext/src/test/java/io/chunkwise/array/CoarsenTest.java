package io.chunkwise.array;

import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.chunkwise.array.BlockTestSupport.chunked;
import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** coarsen against NumPy's reshape-then-reduce, per dtype and reducer, on chunks that do and do not divide. */
class CoarsenTest {
    /** NumPy: reshape each axis into (n / f, f) and reduce the f axes. */
    private static String numpy(String array, long[] shape, int[] f, Reducer r) {
        StringBuilder dims = new StringBuilder();
        StringBuilder axes = new StringBuilder();
        for (int a = 0; a < shape.length; a++) {
            dims.append(shape[a] / f[a]).append(", ").append(f[a]).append(", ");
            axes.append(2 * a + 1).append(", ");
        }
        return array + ".reshape(" + dims + ")." + r.numpyName() + "(axis=(" + axes + "))";
    }

    /** Positive values (sums without cancellation, so the order of addition cannot matter) with a few NaN. */
    private static DenseArray data(DType t, long seed, long... shape) {
        DenseArray a = t.isFloat() ? TestData.positive(t, seed, shape) : TestData.random(t, seed, shape);
        if (t.isFloat()) {
            Buffers.setDouble(a.data(), t, 7, Double.NaN);
            Buffers.setDouble(a.data(), t, (int) a.size() - 3, Double.NaN);
        }
        return a;
    }

    private record Grid(int[][] lengths, int[] factors) {
    }

    private static final List<Grid> GRIDS = List.of(
            new Grid(new int[][] {{6, 12, 6}, {10, 5, 15}}, new int[] {3, 5}), // chunks divide
            new Grid(new int[][] {{7, 17}, {9, 21}}, new int[] {3, 5}), // they do not
            new Grid(new int[][] {{24}, {1, 1, 28}}, new int[] {1, 2}));

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "UINT8", "INT16", "UINT32", "INT64", "UINT64", "FLOAT32", "FLOAT64"})
    void everyReducerMatchesNumpy(DType t) {
        DenseArray a = data(t, t.ordinal() + 40, 24, 30);
        // our SUM and MEAN of float32 accumulate in float64: compare with NumPy's float64 result
        String src = t == DType.FLOAT32 ? "a.astype(np.float64)" : "a";
        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (Grid g : GRIDS) {
            for (Reducer r : Reducer.values()) {
                np.add(numpy(r == Reducer.MIN || r == Reducer.MAX ? "a" : src, a.shape(), g.factors(), r));
                ours.add(chunked(a, g.lengths()).coarsen(r, g.factors()));
                what.add(t + " " + r + " by " + java.util.Arrays.toString(g.factors()) + " over chunks "
                        + java.util.Arrays.deepToString(g.lengths()));
            }
        }
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a), np);
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            for (int i = 0; i < np.size(); i++) {
                DenseArray e = expected.get(i);
                DenseArray got = ours.get(i).compute(s);
                assertEquals(Reducer.values()[i % 4].resultType(t), got.dtype(), what.get(i));
                assertArrayClose(e, got, 1e-12, what.get(i) + " with " + s);
            }
        }
    }

    @Test
    void threeDimensionalWindowsAndRegriddedReads() {
        DenseArray a = data(DType.FLOAT64, 3, 4, 6, 10);
        ChunkedArray x = chunked(a, new int[] {1, 3}, new int[] {6}, new int[] {5, 5});
        ChunkedArray m = x.coarsen(Reducer.MEAN, 2, 3, 5);
        assertArrayEquals(new long[] {2, 2, 2}, m.shape());
        List<DenseArray> e = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of(
                numpy("a", a.shape(), new int[] {2, 3, 5}, Reducer.MEAN),
                numpy("a", a.shape(), new int[] {1, 3, 2}, Reducer.MAX)));
        ChunkedArray mx = x.coarsen(Reducer.MAX, 1, 3, 2);
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(e.get(0), m.compute(s), 1e-12, "3-d mean with " + s);
            assertArrayClose(e.get(1), mx.compute(s), 0, "3-d max with " + s);
            assertArrayClose(e.get(1), BlockTestSupport.regridded(mx, 3, 1, 4).compute(s), 0, "3-d max regridded with " + s);
        }
    }

    @Test
    void outputChunksAreTheInputChunksDividedWhereTheyDivide() {
        DenseArray a = data(DType.FLOAT64, 5, 24, 30);
        ChunkedArray divides = chunked(a, new int[] {6, 12, 6}, new int[] {10, 5, 15}).coarsen(Reducer.SUM, 3, 5);
        assertEquals(Chunks.ofLengths(new long[] {8, 6}, new int[][] {{2, 4, 2}, {2, 1, 3}}), divides.chunks());
        ChunkedArray not = chunked(a, new int[] {7, 17}, new int[] {9, 21}).coarsen(Reducer.SUM, 3, 5);
        assertEquals(Chunks.ofLengths(new long[] {8, 6}, new int[][] {{4, 4}, {3, 3}}), not.chunks(),
                "balanced chunks of at most the input's largest chunk divided by the factor");
        assertEquals("coarsen", not.name());
    }

    @Test
    void rejectsShapesThatDoNotDivideWithASliceHint() {
        ChunkedArray x = chunked(data(DType.FLOAT64, 6, 25, 30), new int[] {25}, new int[] {30});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.coarsen(Reducer.MEAN, 2, 3));
        for (String f : List.of("axis 0 has length 25", "not a multiple of the factor 2", "x.slice(Slice.range(0, 24), Slice.all())")) {
            assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention '" + f + "'");
        }
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> x.coarsen(Reducer.SUM, 5, 0));
        assertTrue(zero.getMessage().contains("factor 0 along axis 1"), zero.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> x.coarsen(Reducer.SUM, 5, 3, 2));
        assertTrue(count.getMessage().contains("[5, 3, 2] given for a 2-d array"), count.getMessage());
    }
}
