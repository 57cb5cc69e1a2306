package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Histograms reproduce numpy.histogram exactly: counts and edges, NaN and out-of-range skipped. */
class HistogramNumpyTest {
    @Test
    void countsAndEdgesEqualNumpyWithAGivenRange() {
        DenseArray a = TestData.random(DType.FLOAT64, 11, 301, 77);
        ChunkedArray x = Chunkwise.fromBuffer(a.data(), DType.FLOAT64, a.shape(), 40, 30);
        List<DenseArray> np = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of(
                "np.histogram(a[~np.isnan(a)], bins=37, range=(-150, 120))[0]",
                "np.histogram(a[~np.isnan(a)], bins=37, range=(-150, 120))[1]"));
        Histogram h = x.histogram(37, -150, 120).compute();
        assertArrayEquals(np.get(0).toLongArray(), h.counts());
        assertArrayEquals(np.get(1).toDoubleArray(), h.edges());
    }

    @Test
    void rangeFromDataEqualsNumpyDefaultRange() {
        DenseArray a = TestData.random(DType.UINT16, 12, 500, 40);
        ChunkedArray x = Chunkwise.fromBuffer(a.data(), DType.UINT16, a.shape(), 64, 16);
        List<DenseArray> np = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of(
                "np.histogram(a, bins=100)[0]", "np.histogram(a, bins=100)[1]"));
        Histogram h = x.histogram(100).compute();
        assertArrayEquals(np.get(0).toLongArray(), h.counts());
        assertArrayEquals(np.get(1).toDoubleArray(), h.edges());
    }

    @Test
    void valuesOnBinEdgesLandWhereNumpyPutsThem() {
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / 1000.0;
        }
        DenseArray a = DenseArray.of(v, v.length);
        DenseArray np = NumpyOracle.eval1(NumpyOracle.inputs("a", a), "np.histogram(a, bins=10, range=(0, 1))[0]");
        assertArrayEquals(np.toLongArray(), Chunkwise.fromArray(v, 77).histogram(10, 0, 1).compute().counts());
    }

    @Test
    void rejectsBadRangesWhenBuilt() {
        ChunkedArray x = Chunkwise.arange(10, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.histogram(10, 5, 1));
        assertTrue(e.getMessage().contains("inverted"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.histogram(10, Double.NaN, 1));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.histogram(0, 0, 1));
        assertTrue(e.getMessage().contains("at least 1 bin"), e.getMessage());
    }
}
