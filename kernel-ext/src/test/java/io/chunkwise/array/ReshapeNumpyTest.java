package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** reshape, rechunk and compress against NumPy, on irregular chunks, empty arrays and 0-d arrays. */
class ReshapeNumpyTest {
    @Test
    void reshapesMatchNumpy() {
        Random r = new Random(5);
        DenseArray a = TestData.random(DType.INT32, 51, 6, 4, 5);
        DenseArray b = TestData.random(DType.FLOAT64, 52, 12, 10);
        DenseArray s = TestData.random(DType.INT16, 53);
        DenseArray e = TestData.random(DType.UINT8, 54, 0, 4);
        StructCases.Batch batch = new StructCases.Batch();
        for (int round = 0; round < 3; round++) {
            ChunkedArray x = StructCases.lazy(a, r);
            ChunkedArray y = StructCases.lazy(b, r);
            batch.add("a.reshape(24, 5)", x.reshape(24, 5));
            batch.add("a.reshape(6, 20)", x.reshape(6, 20));
            batch.add("a.reshape(-1)", x.reshape(-1));
            batch.add("a.reshape(2, 3, 2, 2, 5)", x.reshape(2, 3, 2, 2, 5));
            batch.add("a.reshape(5, 4, 6)", x.reshape(5, 4, 6));
            batch.add("a.reshape(3, -1, 10)", x.reshape(3, -1, 10));
            batch.add("a.reshape(1, 120, 1)", x.reshape(1, 120, 1));
            batch.add("a.reshape(6, 1, 4, 5, 1)", x.reshape(6, 1, 4, 5, 1));
            batch.add("a.reshape(8, 15)", x.reshape(8, 15));
            batch.add("a.reshape(4, 30)[1:3, 7:26:3]", x.reshape(4, 30).slice(Slice.range(1, 3), Slice.range(7, 26, 3)));
            batch.add("a.reshape(10, 12).T", x.reshape(10, 12).transpose());
            batch.add("a.reshape(6, 20)[:, ::-1].reshape(40, 3)", x.reshape(6, 20).slice(Slice.all(), Slice.range(null, null, -1)).reshape(40, 3));
            batch.add("b.reshape(4, 3, 10)", y.reshape(4, 3, 10));
            batch.add("b.reshape(120)", y.reshape(120));
            batch.add("b.reshape(10, 12)", y.reshape(10, 12));
            batch.add("b.reshape(2, 60)", y.reshape(2, 60));
            batch.add("b.T.reshape(5, 24)", y.transpose().reshape(5, 24));
            batch.add("np.nansum(b.reshape(3, 4, 10), 1)", y.reshape(3, 4, 10).nansum(1));
        }
        ChunkedArray z = Chunkwise.fromBuffer(s.data(), s.dtype(), s.shape());
        ChunkedArray em = StructCases.lazy(e, r);
        batch.add("s.reshape(1, 1)", z.reshape(1, 1));
        batch.add("s.reshape(1, 1).reshape(())", z.reshape(1, 1).reshape());
        batch.add("s.reshape(-1)", z.reshape(-1));
        batch.add("e.reshape(2, 0, 2)", em.reshape(2, 0, 2));
        batch.add("e.reshape(-1, 2)", em.reshape(-1, 2));
        batch.check(NumpyOracle.inputs("a", a, "b", b, "s", s, "e", e), 1e-12);
    }

    @Test
    void reshapeChunksStayWithinTheInputChunks() {
        ChunkedArray x = Chunkwise.random(2, new long[] {400, 300, 50}, 64, 100, 25);
        ChunkedArray merged = x.reshape(120000, 50);
        assertArrayEquals(x.chunks().lengths(2), merged.chunks().lengths(1), "an unchanged trailing axis keeps its chunks");
        assertTrue(merged.chunks().maxChunkElements() <= x.chunks().maxChunkElements(),
                merged.chunks() + " vs " + x.chunks());
        ChunkedArray split = x.reshape(20, 20, 300, 50);
        assertArrayEquals(x.chunks().lengths(1), split.chunks().lengths(2), "axis 1 becomes axis 2 unchanged");
        assertTrue(split.chunks().maxChunkElements() <= x.chunks().maxChunkElements(), split.chunks().toString());
        ChunkedArray flat = x.reshape(-1);
        assertTrue(flat.chunks().maxChunkElements() <= x.chunks().maxChunkElements(), flat.chunks().toString());
        ChunkedArray rows = Chunkwise.random(3, new long[] {100, 80}, 25, 80).reshape(8000);
        assertArrayEquals(new int[] {2000, 2000, 2000, 2000}, rows.chunks().lengths(0), "whole rows map to whole chunks");
        ChunkedArray tiles = Chunkwise.random(4, new long[] {100, 80}, 10, 20).reshape(8000);
        assertTrue(java.util.Arrays.stream(tiles.chunks().lengths(0)).allMatch(l -> l == 160),
                "10 x 20 tiles hold 200 elements; chunks round down to whole rows of 80: " + tiles.chunks());
        assertTrue(java.util.Arrays.stream(merged.chunks().lengths(0)).limit(19).allMatch(l -> l == 6300),
                "64 x 100 = 6400 rounds down to 21 whole rows of 300: " + merged.chunks());
        ChunkedArray back = rows.reshape(100, 80);
        assertArrayEquals(new int[] {25, 25, 25, 25}, back.chunks().lengths(0));
    }

    @Test
    void rechunkKeepsValuesUnderAnyGrid() {
        Random r = new Random(9);
        DenseArray a = TestData.random(DType.FLOAT32, 61, 17, 23);
        ChunkedArray x = StructCases.lazy(a, r);
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("a", x.rechunk(5));
        batch.add("a", x.rechunk(-1, 4));
        batch.add("a", x.rechunk());
        batch.add("a", x.rechunk(Chunks.ofLengths(a.shape(), StructCases.irregular(r, a.shape()))));
        batch.add("a.sum(0, dtype=np.float64)", x.rechunk(17, 1).sum(0));
        batch.add("(a * 2)[3:9]", x.mul(2).rechunk(1, 23).slice(Slice.range(3, 9)));
        batch.check(NumpyOracle.inputs("a", a), 1e-12);
        assertArrayEquals(new int[] {4, 4, 4, 4, 4, 3}, x.rechunk(-1, 4).chunks().lengths(1));
        assertArrayEquals(new int[] {17}, x.rechunk(-1, 4).chunks().lengths(0));
    }

    @Test
    void compressMatchesBooleanIndexing() {
        Random r = new Random(12);
        DenseArray a = TestData.random(DType.FLOAT64, 71, 13, 17);
        DenseArray m = TestData.random(DType.BOOL, 72, 13, 17);
        DenseArray i = TestData.random(DType.INT16, 73, 29);
        StructCases.Batch batch = new StructCases.Batch();
        ChunkedArray x = StructCases.lazy(a, r);
        ChunkedArray mask = StructCases.lazy(m, r);
        ChunkedArray v = StructCases.lazy(i, r);
        batch.add("a[m]", x.compress(mask));
        batch.add("a[a > 0]", x.compress(x.gt(0)));
        batch.add("a[a > np.nanmean(a)]", x.compress(x.gt(x.nanmean())));
        batch.add("a[a > 1e9]", x.compress(x.gt(1e9)));
        batch.add("a[~np.isnan(a)]", x.compress(x.isnan().not()));
        batch.add("a.T[m.T]", x.transpose().compress(mask.transpose()));
        batch.add("np.sum(a[m & (a < 0)])", x.compress(mask.and(x.lt(0))).sum());
        batch.add("v[v % 3 == 0][::-2]", v.compress(v.mod(3).eq(0)).slice(Slice.range(null, null, -2)));
        batch.add("(v[v > 0] * 2).astype(np.int64).sum()", v.compress(v.gt(0)).mul(2).astype(DType.INT64).sum());
        batch.check(NumpyOracle.inputs("a", a, "m", m, "v", i), 1e-12);
    }

    @Test
    void compressChunksHoldOneInputChunkEach() {
        DenseArray a = TestData.random(DType.INT64, 81, 10, 10);
        ChunkedArray x = StructCases.lazy(a, new int[][] {{4, 6}, {5, 5}});
        assertArrayEquals(new int[] {30, 30, 30, 10}, x.reshape(-1).chunks().lengths(0),
                "the flattened input: C-order runs no larger than the largest input chunk (6 x 5)");
        ChunkedArray all = x.compress(x.eq(x));
        assertArrayEquals(new int[] {30, 30, 30, 10}, all.chunks().lengths(0), "one output chunk per flattened chunk");
        ChunkedArray none = x.compress(x.ne(x));
        assertArrayEquals(new long[] {0}, none.shape());
        assertArrayEquals(new int[] {0}, none.chunks().lengths(0));
        long[] rowsOnly = new long[100];
        java.util.Arrays.fill(rowsOnly, 25, 35, 1); // flat 25..34: the end of run 0 and the start of run 1
        ChunkedArray rowMask = Chunkwise.fromBuffer(toBytes(rowsOnly), DType.BOOL, new long[] {10, 10});
        assertArrayEquals(new int[] {5, 5}, x.compress(rowMask).chunks().lengths(0), "empty input chunks are left out");
    }

    private static byte[] toBytes(long[] v) {
        byte[] b = new byte[v.length];
        for (int k = 0; k < v.length; k++) {
            b[k] = (byte) v[k];
        }
        return b;
    }
}
