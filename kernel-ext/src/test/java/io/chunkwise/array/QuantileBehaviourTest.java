package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.InMemorySource;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.schedule.Scheduler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laziness, pass bounds, ties and argument errors of exact quantiles (no oracle needed). */
class QuantileBehaviourTest {
    /** Counts region reads of an in-memory array. */
    static final class CountingSource implements ChunkSource {
        final InMemorySource inner;
        final AtomicInteger reads = new AtomicInteger();

        CountingSource(DenseArray a) {
            inner = new InMemorySource(a);
        }

        @Override
        public long[] shape() {
            return inner.shape();
        }

        @Override
        public DType dtype() {
            return inner.dtype();
        }

        @Override
        public Object read(Region region) {
            reads.incrementAndGet();
            return inner.read(region);
        }
    }

    @Test
    void buildingReadsNothingAndTheResultIsComputedOnce() {
        double[] v = new Random(1).doubles(10_000).toArray();
        CountingSource src = new CountingSource(DenseArray.of(v, v.length));
        ChunkedArray x = ChunkedArray.fromSource(src, 1000);
        ChunkedArray q = x.mul(2).quantile(new double[] {0.1, 0.9});
        assertEquals(List.of(2L), Arrays.stream(q.shape()).boxed().toList());
        assertEquals(DType.FLOAT64, q.dtype());
        assertEquals("quantile", q.name());
        assertEquals(0, src.reads.get(), "metadata reads no data");
        double[] got = q.compute(Scheduler.threads(3)).toDoubleArray();
        int after = src.reads.get();
        assertTrue(after >= 10, "every chunk was read");
        assertArrayEquals(got, q.compute(Scheduler.sync()).toDoubleArray());
        assertEquals(after, src.reads.get(), "a second compute reuses the result");
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double h = 9999 * 0.9;
        double a = 2 * sorted[(int) h];
        double b = 2 * sorted[(int) h + 1];
        assertEquals(b - (b - a) * (1 - (h - Math.floor(h))), got[1], 0);
    }

    @Test
    void radixSelectFindsEveryRankInBoundedPassesUnderBothSchedulers() {
        Random r = new Random(2);
        long[] data = new long[50_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextInt(5) == 0 ? 42 : r.nextLong() >> r.nextInt(60);
        }
        long[] sorted = data.clone();
        Arrays.sort(sorted);
        ChunkedArray x = Chunkwise.fromArray(data, 3333);
        long[] ranks = {0, 1, 17, 9_999, 10_000, 25_000, 49_998, 49_999};
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
            for (long cap : new long[] {1, 100, 1 << 20}) {
                RadixSelect.Result res = RadixSelect.select(x.expr(), x.chunks(), ranks, cap, s, "test");
                for (int i = 0; i < ranks.length; i++) {
                    assertEquals(sorted[(int) ranks[i]], SortKeys.toLong(res.keys()[i], DType.INT64),
                            "rank " + ranks[i] + " with cap " + cap + " on " + s);
                }
                assertTrue(res.passes() <= 4, res.passes() + " passes with cap " + cap);
                if (cap == 1 << 20) {
                    assertEquals(1, res.passes(), "small data is gathered in one pass");
                }
            }
        }
    }

    /** Data of 2,000 chunks of 100 where the chunks the sample skips differ from those it reads. */
    static double[] adversarial(int kind) {
        Random r = new Random(kind);
        double[] v = new double[200_000];
        for (int i = 0; i < v.length; i++) {
            boolean sampled = (i / 100) % 4 == 0; // the sample reads every 4th of 2,000 chunks
            v[i] = switch (kind) {
                case 0 -> sampled ? r.nextDouble() : 1e9 + i; // unseen values shift every rank
                case 1 -> sampled ? r.nextDouble() : 0.5 + r.nextDouble() * 1e-6; // a narrow range holds 3/4
                case 2 -> r.nextInt(10) == 0 ? r.nextGaussian() : 0.0; // 90 % ties at zero
                default -> i % 1000 == 0 ? -i : i; // sorted runs with a few outliers
            };
        }
        return v;
    }

    @Test
    void sampleGuidedPassesStayExactWhenTheSampleMisleads() {
        long[] ranks = {0, 1_999, 50_000, 99_999, 100_000, 149_999, 197_999, 198_000, 199_999};
        for (int kind = 0; kind < 4; kind++) {
            double[] v = adversarial(kind);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            ChunkedArray x = Chunkwise.fromArray(v, 100);
            for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
                for (long cap : new long[] {1_000, 100_000}) {
                    RadixSelect.Result res = RadixSelect.select(x.expr(), x.chunks(), ranks, cap, s, "adversarial");
                    for (int i = 0; i < ranks.length; i++) {
                        assertEquals(sorted[(int) ranks[i]], SortKeys.toDouble(res.keys()[i], DType.FLOAT64),
                                "kind " + kind + " rank " + ranks[i] + " cap " + cap + " " + s);
                    }
                    assertTrue(res.passes() <= 5, res.passes() + " passes for kind " + kind + " cap " + cap);
                }
            }
        }
    }

    @Test
    void randomDataTakesOneFullPass() {
        ChunkedArray x = Chunkwise.random(5, new long[] {400, 1000}, 100, 250);
        RadixSelect.Result res = RadixSelect.select(x.expr(), x.chunks(), new long[] {3_999, 395_999, 396_000}, 20_000,
                Scheduler.threads(2), "random");
        assertEquals(1, res.passes(), "the sample's ranges hold the ranks");
        double[] sorted = x.compute().toDoubleArray();
        Arrays.sort(sorted);
        assertEquals(sorted[395_999], SortKeys.toDouble(res.keys()[1], DType.FLOAT64));
    }

    @Test
    void tiesEndNarrowingWithoutGathering() {
        double[] v = new double[20_000];
        Arrays.fill(v, 3.25);
        v[5] = -1;
        v[19_000] = 1e300;
        ChunkedArray x = Chunkwise.fromArray(v, 999);
        RadixSelect.Result res = RadixSelect.select(x.expr(), x.chunks(), new long[] {0, 1, 19_998, 19_999}, 1,
                Scheduler.threads(2), "ties");
        assertEquals(-1.0, SortKeys.toDouble(res.keys()[0], DType.FLOAT64));
        assertEquals(3.25, SortKeys.toDouble(res.keys()[1], DType.FLOAT64));
        assertEquals(3.25, SortKeys.toDouble(res.keys()[2], DType.FLOAT64));
        assertEquals(1e300, SortKeys.toDouble(res.keys()[3], DType.FLOAT64));
        assertTrue(res.passes() <= 4, res.passes() + " passes");
        ChunkedArray q = Quantiles.build(x, QuantileRule.quantiles(new double[] {0.5}, DType.FLOAT64), true,
                new int[] {0}, 1);
        assertEquals(3.25, q.compute().item());
    }

    @Test
    void zeroDimensionalAndSingleValueArraysHaveThatValue() {
        ChunkedArray scalar = Chunkwise.full(3.5, DType.FLOAT64, new long[0]);
        assertEquals(3.5, scalar.quantile(0.3).compute().item());
        assertEquals(3.5, scalar.median().compute().item());
        ChunkedArray one = Chunkwise.fromArray(new int[] {-7}, 1);
        assertArrayEquals(new double[] {-7, -7}, one.quantile(new double[] {0, 1}).compute().toDoubleArray());
        assertEquals(DType.FLOAT64, one.median().dtype());
    }

    @Test
    void nanStopsAfterTheFirstPass() {
        double[] v = new Random(3).doubles(5000).toArray();
        v[4321] = Double.NaN;
        ChunkedArray x = Chunkwise.fromArray(v, 100);
        RadixSelect.Result res = RadixSelect.select(x.expr(), x.chunks(), new long[] {2500}, 10, Scheduler.sync(), "nan");
        assertTrue(res.hasNaN());
        assertEquals(1, res.passes());
        assertEquals(Double.NaN, x.quantile(0.5).compute().item());
        assertEquals(Double.NaN, x.median().compute().item());
    }

    @Test
    void sortKeysPreserveOrderForEveryDtype() {
        double[] doubles = {Double.NEGATIVE_INFINITY, -1e300, -2, -1, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE,
                1, 2, 1e300, Double.POSITIVE_INFINITY};
        long[] keys = new long[doubles.length];
        SortKeys.fill(doubles, DType.FLOAT64, 0, doubles.length, keys);
        float[] floats = new float[doubles.length];
        long[] fkeys = new long[doubles.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) doubles[i];
        }
        SortKeys.fill(floats, DType.FLOAT32, 0, floats.length, fkeys);
        for (int i = 0; i + 1 < keys.length; i++) {
            assertTrue(Long.compareUnsigned(keys[i], keys[i + 1]) < 0, "float64 order at " + doubles[i]);
            assertEquals(Double.doubleToRawLongBits(doubles[i]), Double.doubleToRawLongBits(SortKeys.toDouble(keys[i], DType.FLOAT64)));
            assertEquals(Float.floatToRawIntBits(floats[i]), Float.floatToRawIntBits(SortKeys.toFloat(fkeys[i])));
        }
        long[] ints = {Long.MIN_VALUE, -5, 0, 7, Long.MAX_VALUE};
        long[] ikeys = new long[ints.length];
        SortKeys.fill(ints, DType.INT64, 0, ints.length, ikeys);
        for (int i = 0; i + 1 < ints.length; i++) {
            assertTrue(Long.compareUnsigned(ikeys[i], ikeys[i + 1]) < 0);
            assertEquals(ints[i], SortKeys.toLong(ikeys[i], DType.INT64));
        }
    }

    @Test
    void rejectsBadArgumentsWithMessagesNamingThem() {
        ChunkedArray x = Chunkwise.random(1, new long[] {10, 20}, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.quantile(1.5));
        assertTrue(e.getMessage().contains("q = 1.5 is outside [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.quantile(new double[] {0.5, Double.NaN}));
        assertTrue(e.getMessage().contains("q = NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.quantile(new double[0]));
        assertTrue(e.getMessage().contains("at least one q"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.quantile(0.5, 2));
        assertTrue(e.getMessage().contains("axis 2 is out of range for a 2-d array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.median(0, 0));
        assertTrue(e.getMessage().contains("axis 0 is given twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.gt(0.5).quantile(0.5));
        assertTrue(e.getMessage().contains("bool") && e.getMessage().contains("astype(DType.UINT8)"), e.getMessage());
        ChunkedArray empty = Chunkwise.zeros(DType.FLOAT64, new long[] {0, 3});
        e = assertThrows(IllegalArgumentException.class, () -> empty.quantile(0.5));
        assertTrue(e.getMessage().contains("shape [0, 3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> empty.quantile(0.5, 0));
        assertTrue(e.getMessage().contains("axis 0"), e.getMessage());
        ChunkedArray huge = Chunkwise.zeros(DType.UINT8, new long[] {3_000_000_000L, 2}, 1 << 20, 2);
        e = assertThrows(IllegalArgumentException.class, () -> huge.median(0));
        assertTrue(e.getMessage().contains("3000000000 values") && e.getMessage().contains("no axes"), e.getMessage());
        assertEquals(DType.FLOAT64, huge.median().dtype(), "the whole-array median has no such limit");
    }
}
