package io.chunkwise.array;

import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slices against NumPy's basic indexing on random shapes, irregular chunks, steps of both signs. */
class SliceNumpyTest {
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"BOOL", "UINT8", "INT16", "INT32", "INT64", "FLOAT32", "FLOAT64"})
    void randomSlicesMatchNumpy(DType t) {
        Random r = new Random(t.ordinal() * 31L + 7);
        DenseArray a = TestData.random(t, 11, 23);
        DenseArray b = TestData.random(t, 12, 17, 29);
        DenseArray c = TestData.random(t, 13, 6, 9, 11);
        StructCases.Batch batch = new StructCases.Batch();
        for (int round = 0; round < 3; round++) {
            ChunkedArray x = StructCases.lazy(a, r);
            ChunkedArray y = StructCases.lazy(b, r);
            ChunkedArray z = StructCases.lazy(c, r);
            for (int k = 0; k < 8; k++) {
                addRandom(batch, r, "a", x);
                addRandom(batch, r, "b", y);
                addRandom(batch, r, "c", z);
            }
        }
        batch.check(NumpyOracle.inputs("a", a, "b", b, "c", c), 0);
    }

    private static void addRandom(StructCases.Batch batch, Random r, String name, ChunkedArray x) {
        int given = r.nextInt(x.ndim() + 1);
        Slice[] s = new Slice[given];
        for (int i = 0; i < given; i++) {
            s[i] = randomSlice(r, x.shape()[i]);
        }
        batch.add(name + index(s), x.slice(s));
    }

    static Slice randomSlice(Random r, long n) {
        int kind = r.nextInt(10);
        long span = n + 4;
        Long start = r.nextInt(4) == 0 ? null : (long) (r.nextInt((int) (2 * span + 1)) - span);
        Long stop = r.nextInt(4) == 0 ? null : (long) (r.nextInt((int) (2 * span + 1)) - span);
        long[] steps = {1, 1, 2, 3, 5, -1, -1, -2, -4, n + 3};
        long step = steps[r.nextInt(steps.length)];
        if (kind == 0 && n > 0) {
            return Slice.at(r.nextInt((int) (2 * n)) - n);
        }
        if (kind == 1) {
            return Slice.all();
        }
        if (kind == 2 && start != null && stop != null) {
            return Slice.range(start, stop);
        }
        return Slice.range(start, stop, step);
    }

    static String index(Slice... s) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Slice x : s) {
            j.add(x.toString());
        }
        return s.length == 0 ? "[...]" : j.toString();
    }

    @Test
    void edgeSlicesMatchNumpy() {
        DenseArray a = TestData.random(DType.INT32, 3, 10, 12);
        ChunkedArray x = StructCases.lazy(a, new int[][] {{3, 3, 4}, {5, 1, 6}});
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("a[::-1, ::-1]", x.slice(Slice.range(null, null, -1), Slice.range(null, null, -1)));
        batch.add("a[5:5]", x.slice(Slice.range(5, 5)));
        batch.add("a[8:2]", x.slice(Slice.range(8, 2)));
        batch.add("a[2:8:-1]", x.slice(Slice.range(2, 8, -1)));
        batch.add("a[-100:100, -3:]", x.slice(Slice.range(-100, 100), Slice.range(-3L, null, 1)));
        batch.add("a[100:, :]", x.slice(Slice.range(100L, null, 1)));
        batch.add("a[-1, -1]", x.slice(Slice.at(-1), Slice.at(-1)));
        batch.add("a[0]", x.slice(Slice.at(0)));
        batch.add("a[:, 4]", x.slice(Slice.all(), Slice.at(4)));
        batch.add("a[9::-3, 11:0:-5]", x.slice(Slice.range(9L, null, -3), Slice.range(11, 0, -5)));
        batch.add("a[::1000, ::-1000]", x.slice(Slice.range(null, null, 1000), Slice.range(null, null, -1000)));
        batch.add("a[5:5][:, 3:1:-1]", x.slice(Slice.range(5, 5)).slice(Slice.all(), Slice.range(3, 1, -1)));
        batch.add("a[::-1][2:7:2, ::3]", x.slice(Slice.range(null, null, -1)).slice(Slice.range(2, 7, 2), Slice.range(null, null, 3)));
        batch.add("a[-1000:-1000:-1]", x.slice(Slice.range(-1000, -1000, -1)));
        batch.add("a[3:9:2, 1:11:4] * 2", x.slice(Slice.range(3, 9, 2), Slice.range(1, 11, 4)).mul(2));
        batch.add("(a[::-2] * 2).sum(0)", x.slice(Slice.range(null, null, -2)).mul(2).sum(0));
        batch.add("a[2:8].astype(np.float64).mean()", x.slice(Slice.range(2, 8)).astype(DType.FLOAT64).mean());
        batch.add("a[1:5, ::-1] + a[6:10, :]", x.slice(Slice.range(1, 5), Slice.range(null, null, -1))
                .add(x.slice(Slice.range(6, 10))));
        batch.add("a[0:0].sum(0)", x.slice(Slice.range(0, 0)).sum(0));
        batch.check(NumpyOracle.inputs("a", a), 0);
    }

    @Test
    void slicingAReductionAndAnExpressionMatchesNumpy() {
        DenseArray a = TestData.random(DType.FLOAT64, 4, 20, 30);
        ChunkedArray x = StructCases.lazy(a, new int[][] {{7, 7, 6}, {10, 11, 9}});
        StructCases.Batch batch = new StructCases.Batch();
        batch.add("np.nansum(a, 0)[::-3]", x.nansum(0).slice(Slice.range(null, null, -3)));
        batch.add("(a - np.nanmean(a))[3:17:4, 5]", x.sub(x.nanmean()).slice(Slice.range(3, 17, 4), Slice.at(5)));
        batch.add("np.nanmax(a[2:18:3, ::2] * 2, 0)", x.slice(Slice.range(2, 18, 3), Slice.range(null, null, 2)).mul(2).nanmax(0));
        batch.check(NumpyOracle.inputs("a", a), 1e-12);
    }

    @Test
    void outputChunksFollowTheInputBoundariesMappedThroughTheSlice() {
        DenseArray a = TestData.random(DType.INT16, 5, 100);
        ChunkedArray x = StructCases.lazy(a, new int[][] {{10, 30, 25, 35}});
        assertArrayEquals(new int[] {5, 30, 25, 10}, x.slice(Slice.range(5, 75)).chunks().lengths(0),
                "5:75 cuts the first and last chunk");
        assertArrayEquals(new int[] {30, 25, 30, 10}, x.slice(Slice.range(94L, null, -1)).chunks().lengths(0),
                "94::-1 walks the chunks backwards");
        assertArrayEquals(new int[] {33, 17}, x.slice(Slice.range(null, null, 2)).chunks().lengths(0),
                "::2 halves the pieces (5, 15, 13, 17), which merge up to the largest input chunk (35)");
        int[] sparse = x.slice(Slice.range(null, null, 30)).chunks().lengths(0);
        assertEquals(4, Arrays.stream(sparse).sum(), "::30 selects 4 entries");
        assertEquals(1, sparse.length, "one entry per chunk merges into one chunk no longer than the input chunks");
        assertArrayEquals(new int[] {0}, x.slice(Slice.range(50, 50)).chunks().lengths(0), "an empty slice has one empty chunk");
        assertArrayEquals(new long[] {0}, x.slice(Slice.range(50, 50)).shape());
        ChunkedArray big = StructCases.lazy(TestData.random(DType.INT8, 6, 40, 40), new int[][] {{10, 10, 10, 10}, {20, 20}});
        ChunkedArray s = big.slice(Slice.range(5, 35, 3), Slice.at(7));
        assertArrayEquals(new long[] {10}, s.shape());
        assertEquals("slice", s.name());
        List<Integer> bounds = new ArrayList<>();
        long acc = 0;
        for (int l : s.chunks().lengths(0)) {
            acc += l;
            bounds.add((int) acc);
        }
        assertTrue(bounds.size() <= 4, "at most one chunk per touched input chunk: " + bounds);
    }
}
