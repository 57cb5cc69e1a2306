package io.chunkwise.graph;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.chunkwise.testing.ArrayAssert.assertValuesClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-memory inputs are walked in bands of whole rows, and column sums and means fold rows straight
 * from the input: both give NumPy's results whatever the user's chunks.
 */
class ReadingPathsTest {
    private static Expr.Source leaf(ChunkedArray x) {
        return (Expr.Source) x.expr();
    }

    @Test
    void inMemoryInputsAreWalkedInBandsOfWholeRows() {
        ChunkedArray x = Chunkwise.fromBuffer(new double[2000 * 300], DType.FLOAT64, new long[] {2000, 300}, 100, 100);
        Chunks bands = ReadingGrid.choose(x.chunks(), List.of(leaf(x)));
        assertEquals(1, bands.count(1), "a band spans whole rows: " + bands);
        assertTrue(bands.count(0) >= ReadingGrid.MIN_BANDS, "enough bands for every worker: " + bands);
        assertEquals(2000, java.util.Arrays.stream(bands.lengths(0)).sum());
        assertTrue(bands.maxChunk()[0] * 300L * 8 <= ReadingGrid.BAND_BYTES, "a band is at most " + ReadingGrid.BAND_BYTES);
    }

    @Test
    void otherInputsAndAlreadyContiguousGridsKeepTheUsersChunks() {
        ChunkedArray random = Chunkwise.random(1, new long[] {2000, 300}, 100);
        assertSame(random.chunks(), ReadingGrid.choose(random.chunks(), List.of(leaf(random))), "generated: no memory to walk");
        ChunkedArray rows = Chunkwise.fromBuffer(new double[2000 * 300], DType.FLOAT64, new long[] {2000, 300}, 100, -1);
        assertSame(rows.chunks(), ReadingGrid.choose(rows.chunks(), List.of(leaf(rows))), "chunks already span the rows");
        ChunkedArray few = Chunkwise.fromBuffer(new double[8 * 300], DType.FLOAT64, new long[] {8, 300}, 2, 100);
        assertSame(few.chunks(), ReadingGrid.choose(few.chunks(), List.of(leaf(few))), "fewer rows than bands");
        int w = (int) ReadingGrid.MAX_ROW_ELEMENTS + 1;
        ChunkedArray wide = Chunkwise.fromBuffer(new float[16 * w], DType.FLOAT32, new long[] {16, w}, 4, 1 << 18);
        assertSame(wide.chunks(), ReadingGrid.choose(wide.chunks(), List.of(leaf(wide))), "a row too wide for one partial");
    }

    @Test
    void columnSumsAndMeansFoldedFromRowsMatchNumpy() {
        SplittableRandom r = new SplittableRandom(11);
        double[] a2 = new double[37 * 53];
        double[] a3 = new double[19 * 5 * 13];
        for (int i = 0; i < a2.length; i++) {
            a2[i] = r.nextDouble(-5, 5);
        }
        for (int i = 0; i < a3.length; i++) {
            a3[i] = r.nextDouble(-5, 5);
        }
        a3[77] = Double.NaN; // NaN propagates into its column
        DenseArray d2 = DenseArray.of(a2, 37, 53);
        DenseArray d3 = DenseArray.of(a3, 19, 5, 13);
        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        for (int[] chunks : new int[][] {{10, 7}, {37, 53}, {3, 53}, {16, 16}}) {
            ChunkedArray x = Chunkwise.fromBuffer(a2, DType.FLOAT64, new long[] {37, 53}, chunks);
            np.add("a.sum(axis=0)");
            ours.add(x.sum(0));
            np.add("a.mean(axis=0, keepdims=True)");
            ours.add(x.mean(true, 0));
            np.add("(a * 2).mean(axis=0)");
            ours.add(x.mul(2.0).mean(0));
        }
        ChunkedArray y = Chunkwise.fromBuffer(a3, DType.FLOAT64, new long[] {19, 5, 13}, 4, 2, 5);
        np.add("b.sum(axis=(0, 1))");
        ours.add(y.sum(0, 1));
        np.add("b.mean(axis=(0, 1))");
        ours.add(y.mean(0, 1));
        np.add("b.mean(axis=0)");
        ours.add(y.mean(0));
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", d2, "b", d3), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                String what = np.get(i) + " (case " + i + ") with " + s;
                assertArrayEquals(expected.get(i).shape(), got.get(i).shape(), what);
                assertValuesClose(expected.get(i), got.get(i), 1e-12, what);
            }
        }
    }

    @Test
    void sumsOfProductChainsFoldedAsTheyAreMadeMatchNumpy() {
        SplittableRandom r = new SplittableRandom(12);
        double[] a = new double[45 * 33];
        float[] b = new float[45 * 33];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble(-3, 3);
            b[i] = (float) r.nextDouble(-3, 3);
        }
        a[100] = Double.NaN;
        DenseArray da = DenseArray.of(a, 45, 33);
        DenseArray db = DenseArray.of(b, 45, 33);
        ChunkedArray x = Chunkwise.fromBuffer(a, DType.FLOAT64, new long[] {45, 33}, 10, 8);
        ChunkedArray y = Chunkwise.fromBuffer(b, DType.FLOAT32, new long[] {45, 33}, 10, 8);
        ChunkedArray g = Chunkwise.random(4, new long[] {45, 33}, 9);
        List<String> np = List.of("(a * b).sum()", "(a * a * a).mean(axis=1)", "(b * a).sum(axis=0)",
                "(a * b).mean(axis=(0, 1), keepdims=True)", "(b * b).astype(np.float64).sum()",
                "(a * b * a * b).sum(axis=1)", "(a * a * b * a * b).mean()", "((a * b) * (a * a)).sum(axis=0)");
        List<ChunkedArray> ours = List.of(x.mul(y).sum(), x.mul(x).mul(x).mean(1), y.mul(x).sum(0),
                x.mul(y).mean(true, 0, 1), y.mul(y).sum(),
                x.mul(y).mul(x).mul(y).sum(1), x.mul(x).mul(y).mul(x).mul(y).mean(), x.mul(y).mul(x.mul(x)).sum(0));
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", da, "b", db), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(2))) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                assertValuesClose(expected.get(i), got.get(i), 1e-12, np.get(i) + " with " + s);
            }
        }
        // a generated factor: the same sum whether folded as a dot product or from the product's values
        double viaDot = g.mul(x).sum().compute().item();
        double viaValues = g.mul(x).persist().sum().compute().item();
        assertTrue(Double.isNaN(viaDot) && Double.isNaN(viaValues), "the NaN propagates both ways");
        double clean = g.mul(g).sum().compute().item();
        assertEquals(g.mul(g).persist().sum().compute().item(), clean, 1e-12 * clean);
    }
}
