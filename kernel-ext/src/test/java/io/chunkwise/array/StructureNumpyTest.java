package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** take, transpose, squeeze, expandDims, flip, concatenate and stack against NumPy on irregular chunks. */
class StructureNumpyTest {
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "UINT16", "INT32", "UINT64", "FLOAT32", "FLOAT64"})
    void axisOperationsMatchNumpy(DType t) {
        Random r = new Random(100 + t.ordinal());
        DenseArray a = TestData.random(t, 21, 7, 1, 13, 5);
        DenseArray b = TestData.random(t, 22, 19, 23);
        ChunkedArray x = StructCases.lazy(a, r);
        ChunkedArray y = StructCases.lazy(b, r);
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("np.transpose(a)", x.transpose());
        batch.add("np.transpose(a, (2, 0, 3, 1))", x.transpose(2, 0, 3, 1));
        batch.add("np.transpose(a, (1, 3, 0, 2))", x.transpose(-3, -1, 0, 2));
        batch.add("b.T", y.transpose());
        batch.add("np.squeeze(a)", x.squeeze());
        batch.add("np.squeeze(a, 1)", x.squeeze(1));
        batch.add("np.squeeze(a, -3)", x.squeeze(-3));
        batch.add("np.expand_dims(b, 0)", y.expandDims(0));
        batch.add("np.expand_dims(b, 1)", y.expandDims(1));
        batch.add("np.expand_dims(b, -1)", y.expandDims(-1));
        batch.add("np.flip(b, 0)", y.flip(0));
        batch.add("np.flip(b, -1)", y.flip(-1));
        batch.add("np.flip(a, 2)", x.flip(2));
        batch.add("np.take(b, [0, 5, 5, -1, 18, 3, 2, 1], axis=0)", y.take(new long[] {0, 5, 5, -1, 18, 3, 2, 1}, 0));
        long[] perm = new long[23];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = (i * 7) % 23;
        }
        batch.add("np.take(b, " + Arrays.toString(perm) + ", axis=1)", y.take(perm, 1));
        batch.add("np.take(b, [], axis=1)", y.take(new long[0], 1));
        batch.add("np.take(a, [4, 4, 0, -5], axis=-1)", x.take(new long[] {4, 4, 0, -5}, -1));
        batch.add("np.take(a, [12, 11, 10, 1, 0], axis=2)", x.take(new long[] {12, 11, 10, 1, 0}, 2));
        batch.add("np.transpose(np.flip(b, 1))[3:11:2]", y.flip(1).transpose().slice(Slice.range(3, 11, 2)));
        batch.check(NumpyOracle.inputs("a", a, "b", b), 0);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "INT8", "INT64", "FLOAT64"})
    void joinsMatchNumpy(DType t) {
        Random r = new Random(200 + t.ordinal());
        DenseArray a = TestData.random(t, 31, 6, 11);
        DenseArray b = TestData.random(t, 32, 9, 11);
        DenseArray c = TestData.random(DType.INT16, 33, 6, 11);
        DenseArray e = TestData.random(t, 34, 0, 11);
        ChunkedArray x = StructCases.lazy(a, r);
        ChunkedArray y = StructCases.lazy(b, r);
        ChunkedArray z = StructCases.lazy(c, r);
        ChunkedArray empty = StructCases.lazy(e, r);
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("np.concatenate([a, b])", Chunkwise.concatenate(0, x, y));
        batch.add("np.concatenate([b, a, b], axis=-2)", Chunkwise.concatenate(-2, y, x, y));
        batch.add("np.concatenate([a, e, b, e])", Chunkwise.concatenate(0, x, empty, y, empty));
        batch.add("np.concatenate([e, e])", Chunkwise.concatenate(0, empty, empty));
        batch.add("np.concatenate([a, c], axis=1)", Chunkwise.concatenate(1, x, z));
        batch.add("np.concatenate([c, a, a], axis=1)", Chunkwise.concatenate(1, z, x, x));
        batch.add("np.stack([a, c])", Chunkwise.stack(0, x, z));
        batch.add("np.stack([a, a, c], axis=1)", Chunkwise.stack(1, x, x, z));
        batch.add("np.stack([c, a], axis=-1)", Chunkwise.stack(-1, z, x));
        batch.add("np.stack([a])", Chunkwise.stack(0, x));
        batch.add("np.concatenate([a, b])[4:8, ::-3]", Chunkwise.concatenate(0, x, y).slice(Slice.range(4, 8), Slice.range(null, null, -3)));
        batch.check(NumpyOracle.inputs("a", a, "b", b, "c", c, "e", e), 0);
    }

    @Test
    void composedOperationsMatchNumpy() {
        DenseArray a = TestData.random(DType.FLOAT64, 41, 24, 24);
        DenseArray m = TestData.random(DType.INT32, 42, 24, 24);
        ChunkedArray x = StructCases.lazy(a, new int[][] {{5, 9, 10}, {12, 1, 11}});
        ChunkedArray k = StructCases.lazy(m, new int[][] {{24}, {3, 21}});
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("a.T + a", x.transpose().add(x));
        batch.add("(a[::2, 1:] * 2).sum(0)", x.slice(Slice.range(null, null, 2), Slice.range(1L, null, 1)).mul(2).sum(0));
        batch.add("np.nanmean(np.flip(a, 0) - a.T, 1)", x.flip(0).sub(x.transpose()).nanmean(1));
        batch.add("np.concatenate([a, m.astype(np.float64)], 1).T[3]", Chunkwise.concatenate(1, x, k).transpose().slice(Slice.at(3)));
        batch.add("np.stack([m, m.T, np.flip(m, 1)]).sum((0, 2))", Chunkwise.stack(0, k, k.transpose(), k.flip(1)).sum(0, 2));
        batch.add("np.take(a - np.nanmean(a), [3, 0, 23], axis=1)", x.sub(x.nanmean()).take(new long[] {3, 0, 23}, 1));
        batch.check(NumpyOracle.inputs("a", a, "m", m), 1e-12);
    }

    @Test
    void metadataIsExactWithoutComputing() {
        ChunkedArray x = Chunkwise.random(1, new long[] {40, 30, 20}, 16, 7, 20);
        assertArrayEquals(new long[] {20, 40, 30}, x.transpose(2, 0, 1).shape());
        assertArrayEquals(new int[] {16, 16, 8}, x.transpose(2, 0, 1).chunks().lengths(1));
        assertArrayEquals(new long[] {40, 1, 30, 20}, x.expandDims(1).shape());
        assertArrayEquals(new int[] {1}, x.expandDims(1).chunks().lengths(1));
        assertArrayEquals(new int[] {8, 16, 16}, x.flip(0).chunks().lengths(0));
        assertArrayEquals(new long[] {40, 30, 20}, x.expandDims(0).squeeze().shape());
        assertEquals("transpose", x.transpose().name());
        assertEquals("take", x.take(new long[] {1, 2}, 0).name());
        assertEquals(DType.FLOAT64, Chunkwise.concatenate(0, x, x.astype(DType.INT32)).dtype());
        assertEquals(DType.INT16, Chunkwise.concatenate(0, x.astype(DType.UINT8), x.astype(DType.INT8)).dtype());
        ChunkedArray cat = Chunkwise.concatenate(1, x, x.slice(Slice.all(), Slice.range(0, 9)));
        assertArrayEquals(new int[] {7, 7, 7, 7, 2, 7, 2}, cat.chunks().lengths(1), "chunk lists are joined");
        ChunkedArray st = Chunkwise.stack(1, x, x, x);
        assertArrayEquals(new long[] {40, 3, 30, 20}, st.shape());
        assertArrayEquals(new int[] {1, 1, 1}, st.chunks().lengths(1));
        assertEquals("stack", st.name());
        ChunkedArray taken = x.take(new long[] {0, 1, 2, 20, 21, 39, 3, 4}, 0);
        assertArrayEquals(new int[] {8}, taken.chunks().lengths(0), "small runs merge up to the largest input chunk");
        long[] many = new long[100];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 3;
        }
        for (int l : x.take(many, 0).chunks().lengths(0)) {
            assertTrue(l <= 16, "take chunks are capped at the largest input chunk (16): " + l);
        }
        assertTrue(x.transpose().graph().stream().anyMatch(l -> l.kind().equals("structural") && l.name().equals("transpose")),
                "transpose shows as a structural layer");
    }
}
