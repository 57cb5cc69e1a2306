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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cumsum and cumprod against NumPy, bit for bit (floats included: the carries are folded in axis
 * order, as NumPy does), along every axis of 1-, 2- and 3-d arrays with irregular chunks.
 */
class CumulativeTest {
    private record Layout(long[] shape, int[][] lengths) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout(new long[] {61}, new int[][] {{10, 1, 25, 25}}),
            new Layout(new long[] {23, 17}, new int[][] {{5, 1, 9, 8}, {6, 6, 5}}),
            new Layout(new long[] {6, 7, 9}, new int[][] {{2, 4}, {7}, {1, 3, 5}}));

    /** Values whose products neither vanish nor overflow quickly (floats near 1, small integers). */
    private static DenseArray factors(DType t, long seed, long[] shape) {
        DenseArray a = TestData.random(t, seed, shape);
        for (int i = 0; i < a.size(); i++) {
            double v = Buffers.getDouble(a.data(), t, i);
            if (t.isFloat()) {
                Buffers.setDouble(a.data(), t, i, Double.isNaN(v) ? 1.25 : 1 + v / 2000);
            } else if (t != DType.BOOL) {
                Buffers.setLong(a.data(), t, i, Math.floorMod(Buffers.getLong(a.data(), t, i), 7) - (t.isUnsigned() ? 0 : 2));
            }
        }
        return a;
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "UINT16", "INT32", "UINT32", "INT64", "UINT64", "FLOAT32", "FLOAT64"})
    void cumsumAndCumprodMatchNumpyAlongEveryAxis(DType t) {
        for (Layout l : LAYOUTS) {
            DenseArray a = TestData.random(t, t.ordinal() + 60, l.shape());
            DenseArray p = factors(t, t.ordinal() + 70, l.shape());
            List<String> np = new ArrayList<>();
            List<ChunkedArray> ours = new ArrayList<>();
            for (int axis = 0; axis < l.shape().length; axis++) {
                np.add("np.cumsum(a, axis=" + axis + ")");
                ours.add(chunked(a, l.lengths()).cumsum(axis));
                np.add("np.cumprod(p, axis=" + axis + ")");
                ours.add(chunked(p, l.lengths()).cumprod(axis));
            }
            np.add("np.cumsum(a, axis=-1)");
            ours.add(chunked(a, l.lengths()).cumsum(-1));
            List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a, "p", p), np);
            for (Scheduler s : BlockTestSupport.SCHEDULERS) {
                for (int i = 0; i < np.size(); i++) {
                    String what = t + " " + np.get(i) + " over " + java.util.Arrays.deepToString(l.lengths()) + " with " + s;
                    assertEquals(expected.get(i).dtype(), ours.get(i).dtype(), what + ": dtype known before compute");
                    assertArrayClose(expected.get(i), ours.get(i).compute(s), 0, what);
                }
            }
        }
    }

    @Test
    void gaussianFloatSumsWithCancellationStayBitExact() {
        for (DType t : List.of(DType.FLOAT32, DType.FLOAT64)) {
            DenseArray a = TestData.random(t, 99, 3000);
            for (int i = 0; i < a.size(); i++) {
                if (Double.isNaN(Buffers.getDouble(a.data(), t, i))) {
                    Buffers.setDouble(a.data(), t, i, 0.5);
                }
            }
            DenseArray e = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "np.cumsum(a)");
            ChunkedArray x = chunked(a, new int[] {1000, 999, 1, 1000});
            assertArrayClose(e, x.cumsum(0).compute(Scheduler.threads(3)), 0, t + " cumsum of 3000 gaussians");
        }
    }

    @Test
    void regionsStartingInsideAChunkReadTheirPrefixAndReductionsSeeTheScan() {
        DenseArray a = TestData.random(DType.FLOAT64, 7, 23, 17);
        ChunkedArray c = chunked(a, new int[] {5, 1, 9, 8}, new int[] {6, 6, 5}).cumsum(0);
        List<DenseArray> e = NumpyOracle.eval(NumpyOracle.inputs("a", a),
                List.of("np.cumsum(a, axis=0)", "np.cumsum(a, axis=0).max(axis=0)"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(e.get(0), BlockTestSupport.regridded(c, 4, 7).compute(s), 0, "regridded (4, 7) with " + s);
            assertArrayClose(e.get(1), c.max(0).compute(s), 0, "max over the cumsum with " + s);
        }
    }

    @Test
    void feedsMapOverlapAndAnotherCumsum() {
        DenseArray a = TestData.random(DType.INT16, 8, 23, 17);
        ChunkedArray x = chunked(a, new int[] {5, 1, 9, 8}, new int[] {6, 6, 5});
        ChunkedArray twice = x.cumsum(0).cumsum(1);
        ChunkedArray shifted = x.cumsum(1).mapOverlap(new int[] {1}, Boundary.nearest(), (b, idx) -> b, DType.INT64);
        List<DenseArray> e = NumpyOracle.eval(NumpyOracle.inputs("a", a),
                List.of("np.cumsum(np.cumsum(a, axis=0), axis=1)", "np.cumsum(a, axis=1)"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(e.get(0), twice.compute(s), 0, "summed-area table with " + s);
            assertArrayClose(e.get(1), shifted.compute(s), 0, "cumsum through mapOverlap with " + s);
        }
    }

    @Test
    void graphShowsTheCarryPassAndRejectsBadAxes() {
        ChunkedArray x = chunked(TestData.random(DType.FLOAT64, 9, 23, 17), new int[] {5, 1, 9, 8}, new int[] {6, 6, 5});
        ChunkedArray c = x.cumsum(0);
        assertEquals("cumsum", c.name());
        assertEquals(x.chunks(), c.chunks());
        assertTrue(c.graph().stream().anyMatch(l -> l.name().equals("cumsum carry")), c.graph().toString());
        ChunkedArray one = chunked(TestData.random(DType.FLOAT64, 9, 23, 17), new int[] {23}, new int[] {6, 6, 5}).cumsum(0);
        assertTrue(one.graph().stream().noneMatch(l -> l.name().equals("cumsum carry")), "one chunk along the axis: no carries");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.cumprod(2));
        assertTrue(e.getMessage().contains("cumprod: axis 2 is out of range for a 2-d array"), e.getMessage());
    }
}
