package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;

/** Every elementwise op against NumPy, per dtype, on irregular chunks with broadcasting. */
class ElementwiseNumpyTest {
    private static final long[] SHAPE = {37, 53};

    private static ChunkedArray lazy(DenseArray a) {
        return Chunkwise.fromBuffer(a.data(), a.dtype(), a.shape(), 10, 17);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64", "FLOAT32", "FLOAT64"})
    void binaryAndUnaryOpsMatchNumpy(DType t) {
        DenseArray a = TestData.random(t, 1, SHAPE);
        DenseArray b = TestData.random(t, 2, SHAPE);
        DenseArray row = TestData.random(t, 3, 53);
        DenseArray pa = TestData.positive(t, 4, SHAPE);
        DenseArray pb = TestData.positive(t, 5, SHAPE);
        ChunkedArray x = lazy(a);
        ChunkedArray y = lazy(b);
        ChunkedArray r = Chunkwise.fromBuffer(row.data(), row.dtype(), row.shape(), 20);
        ChunkedArray px = lazy(pa);
        ChunkedArray py = lazy(pb);
        String s3 = t.isFloat() ? "3" : "a.dtype.type(3)";
        String fpa = t.itemSize() == 1 ? "pa.astype(np.float32)" : "pa"; // NumPy uses float16 for 8-bit ints

        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        add(np, ours, "a + b", x.add(y));
        add(np, ours, "a - b", x.sub(y));
        add(np, ours, "a * b", x.mul(y));
        add(np, ours, "a * a * a", x.mul(x).mul(x));
        add(np, ours, "a + r", x.add(r));
        add(np, ours, "a * " + s3, x.mul(3));
        add(np, ours, "a - " + s3, x.sub(3));
        add(np, ours, "a * 2.5", x.mul(2.5));
        add(np, ours, "a / b", x.div(y));
        add(np, ours, "pa % pb", px.mod(py));
        add(np, ours, "np.maximum(a, b)", x.maximum(y));
        add(np, ours, "np.minimum(a, b)", x.minimum(y));
        add(np, ours, "a > b", x.gt(y));
        add(np, ours, "a >= r", x.ge(r));
        add(np, ours, "a < b", x.lt(y));
        add(np, ours, "a <= b", x.le(y));
        add(np, ours, "a == a", x.eq(x));
        add(np, ours, "a != b", x.ne(y));
        add(np, ours, "np.isnan(a)", x.isnan());
        add(np, ours, "(a > b) & (a < r)", x.gt(y).and(x.lt(r)));
        add(np, ours, "(a > b) | (a < r)", x.gt(y).or(x.lt(r)));
        add(np, ours, "~(a > b)", x.gt(y).not());
        add(np, ours, "np.where(a > b, a, b)", Chunkwise.where(x.gt(y), x, y));
        add(np, ours, "a.astype(np.float32)", x.astype(DType.FLOAT32));
        add(np, ours, t.isFloat() ? "np.isnan(a).astype(np.int16)" : "a.astype(np.int16)", t.isFloat() ? x.isnan().astype(DType.INT16) : x.astype(DType.INT16));
        add(np, ours, t.isFloat() ? "np.isnan(a).astype(np.uint8)" : "a.astype(np.uint8)", t.isFloat() ? x.isnan().astype(DType.UINT8) : x.astype(DType.UINT8));
        add(np, ours, "np.sqrt(" + fpa + ")", px.sqrt());
        add(np, ours, "np.log(" + fpa + ")", px.log());
        add(np, ours, "np.log10(" + fpa + ")", px.log10());
        add(np, ours, "np.floor(" + fpa + ")", px.floor());
        add(np, ours, "np.ceil(" + fpa + ")", px.ceil());
        add(np, ours, t.isUnsigned() ? "np.clip(a, a.dtype.type(5), a.dtype.type(50))" : "np.clip(a, -50, 50)", t.isUnsigned() ? x.clip(5, 50) : x.clip(-50, 50));
        if (!t.isUnsigned()) {
            add(np, ours, "-a", x.neg());
            add(np, ours, "np.abs(a)", x.abs());
        }
        if (t.isFloat()) {
            add(np, ours, "np.exp(pa / 10)", px.div(10).exp());
            add(np, ours, "np.sin(a)", x.sin());
            add(np, ours, "np.cos(a)", x.cos());
            add(np, ours, "pa ** 1.5", px.pow(1.5));
        } else {
            add(np, ours, "pa ** a.dtype.type(3)", px.pow(3));
            add(np, ours, "a.astype(np.float64) / 7", x.astype(DType.FLOAT64).div(7));
        }
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a, "b", b, "r", row, "pa", pa, "pb", pb), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                // NumPy's float32 transcendental functions use single-precision libm: allow an ulp there
                double rel = expected.get(i).dtype() == DType.FLOAT32 ? 3e-7 : 1e-15;
                assertArrayClose(expected.get(i), got.get(i), rel, t + " " + np.get(i) + " with " + s);
            }
        }
    }

    private static void add(List<String> np, List<ChunkedArray> ours, String expr, ChunkedArray x) {
        np.add(expr);
        ours.add(x);
    }
}
