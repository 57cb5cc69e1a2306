package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.chunkwise.testing.ArrayAssert.assertValuesClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reductions over all axes and given axes, with keep-dims, against NumPy (float64 accumulation). */
class ReductionNumpyTest {
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "UINT8", "INT16", "UINT16", "INT32", "INT64", "FLOAT32", "FLOAT64"})
    void reductionsMatchNumpy(DType t) {
        DenseArray a = TestData.random(t, 7, 23, 31, 19);
        ChunkedArray x = Chunkwise.fromBuffer(a.data(), t, a.shape(), 7, 10, 6);
        String f = t.isFloat() ? "a.astype(np.float64)" : "a";
        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        if (t != DType.BOOL) {
            add(np, ours, f + ".sum()", x.sum());
            add(np, ours, f + ".sum(axis=0)", x.sum(0));
            add(np, ours, f + ".sum(axis=(0, 2), keepdims=True)", x.sum(true, 0, 2));
            add(np, ours, "a.astype(np.float64).mean()", x.mean());
            add(np, ours, "a.astype(np.float64).mean(axis=1)", x.mean(1));
            add(np, ours, "a.astype(np.float64).std()", x.std());
            add(np, ours, "a.astype(np.float64).std(axis=2, ddof=1)", x.std(1, false, 2));
            add(np, ours, "a.astype(np.float64).var(axis=(0, 1))", x.var(0, 1));
            add(np, ours, "a.min()", x.min());
            add(np, ours, "a.max(axis=2)", x.max(2));
            add(np, ours, "a.min(axis=(0, 2), keepdims=True)", x.min(true, 0, 2));
            add(np, ours, "a.argmin()", x.argmin());
            add(np, ours, "a.argmax(axis=1)", x.argmax(1));
            add(np, ours, "a.argmin(axis=0)", x.argmin(0));
            add(np, ours, "a.argmax(axis=2)", x.argmax(2));
            add(np, ours, "np.nansum(" + f + ")", x.nansum());
            add(np, ours, "np.nanmean(a.astype(np.float64), axis=0)", x.nanmean(0));
            add(np, ours, "np.nanmin(a)", x.nanmin());
            add(np, ours, "np.nanmax(a, axis=1)", x.nanmax(1));
            add(np, ours, "np.nanstd(a.astype(np.float64))", x.nanstd());
            add(np, ours, "np.nanvar(a.astype(np.float64), axis=2)", x.nanvar(2));
        }
        add(np, ours, "a.any(axis=1)", x.any(1));
        add(np, ours, "a.all()", x.all());
        add(np, ours, "np.count_nonzero(a, axis=(0, 2))", x.countNonzero(0, 2));
        add(np, ours, "np.count_nonzero(a)", x.countNonzero());
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(4))) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                String what = t + " " + np.get(i) + " with " + s;
                assertArrayEquals(expected.get(i).shape(), got.get(i).shape(), what + ": shape");
                assertValuesClose(expected.get(i), got.get(i), 1e-12, what);
            }
        }
    }

    @Test
    void floatSumsAreAccurateWhereNumpyFloat32IsNot() {
        DenseArray a = TestData.positive(DType.FLOAT32, 3, 2_000_000);
        ChunkedArray x = Chunkwise.fromBuffer(a.data(), DType.FLOAT32, a.shape(), 100_000);
        DenseArray exact = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "np.sum(a.astype(np.float64))");
        assertEquals(DType.FLOAT64, x.sum().dtype());
        assertEquals(exact.item(), x.sum().compute().item(), Math.abs(exact.item()) * 1e-13);
        assertEquals(exact.item() / 2e6, x.mean().compute().item(), Math.abs(exact.item() / 2e6) * 1e-13);
    }

    @Test
    void integerSumsWrapLikeNumpyInt64() {
        long[] big = {Long.MAX_VALUE, 5, 7};
        DenseArray a = DenseArray.of(big, 3);
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "a.sum()");
        assertEquals(expected.itemLong(), Chunkwise.fromArray(big, 1).sum().compute().itemLong());
    }

    private static void add(List<String> np, List<ChunkedArray> ours, String e, ChunkedArray x) {
        np.add(e);
        ours.add(x);
    }
}
