package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated arrays give the same values whether a pass computes them straight into its tiles or a
 * structural operation reads them as chunk buffers.
 */
class GeneratedValuesTest {
    private static void assertSameValues(ChunkedArray x) {
        Region whole = new Region(new long[x.ndim()], java.util.Arrays.stream(x.shape()).mapToInt(v -> (int) v).toArray());
        Object read = ((io.chunkwise.graph.Expr.Source) x.expr()).source().read(whole);
        DenseArray viaTiles = x.compute(Scheduler.threads(2));
        DenseArray viaSlice = x.slice(Slice.range(1, x.shape()[0])).compute(Scheduler.sync()); // reads chunk buffers
        long skipped = x.size() / x.shape()[0];
        String what = x.name() + " " + x.dtype();
        assertEquals(x.dtype(), viaTiles.dtype(), what);
        for (int i = 0; i < x.size(); i++) {
            double expected = Buffers.getDouble(read, x.dtype(), i);
            assertEquals(expected, Buffers.getDouble(viaTiles.data(), x.dtype(), i), what + " at " + i);
            if (i >= skipped) {
                assertEquals(expected, Buffers.getDouble(viaSlice.data(), x.dtype(), (int) (i - skipped)), what + " sliced, at " + i);
            }
        }
    }

    @Test
    void tilesAndChunkReadsAgreeForEveryGenerator() {
        assertSameValues(Chunkwise.random(7, new long[] {37, 41}, 10, 9));
        assertSameValues(Chunkwise.normal(7, 2.0, 3.0, new long[] {5, 7, 11}, 2, 3, 4));
        assertSameValues(Chunkwise.arange(1000, 33));
        assertSameValues(Chunkwise.linspace(-1, 2, 101, 10));
        for (DType t : List.of(DType.FLOAT32, DType.UINT16, DType.INT8, DType.UINT64, DType.BOOL)) {
            assertSameValues(Chunkwise.full(-3.7, t, new long[] {9, 13}, 4));
        }
    }

    @Test
    void randomValuesDoNotDependOnTheChunking() {
        DenseArray a = Chunkwise.random(3, new long[] {64, 100}, 64, 100).compute();
        DenseArray b = Chunkwise.random(3, new long[] {64, 100}, 7, 13).compute(Scheduler.sync());
        assertArrayEquals((double[]) a.data(), (double[]) b.data());
    }
}
