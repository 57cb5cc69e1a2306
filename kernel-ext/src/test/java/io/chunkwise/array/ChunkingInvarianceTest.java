package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.List;
import java.util.Random;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;

/** Property: any chunking and either scheduler give the same values (integers exactly, floats 1e-12). */
class ChunkingInvarianceTest {
    @RepeatedTest(12)
    void sameResultsUnderAnyChunkingAndScheduler(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        long[] shape = {1 + r.nextInt(60), 1 + r.nextInt(60)};
        int[][] lengths = new int[2][];
        for (int a = 0; a < 2; a++) {
            lengths[a] = randomSplit(r, (int) shape[a]);
        }
        ChunkedArray ref = Chunkwise.random(info.getCurrentRepetition(), shape, -1);
        ChunkedArray other = ChunkedArray.fromSource(((io.chunkwise.graph.Expr.Source) ref.expr()).source(),
                Chunks.ofLengths(shape, lengths));
        ChunkedArray ints = ref.mul(1000).astype(DType.INT32);
        ChunkedArray ints2 = other.mul(1000).astype(DType.INT32);
        List<DenseArray> a = Chunkwise.compute(Scheduler.sync(), ref, ref.mul(ref).sum(0), ints.sum(), ints.max(1),
                ref.std(), ints.argmax());
        List<DenseArray> b = Chunkwise.compute(Scheduler.threads(3), other, other.mul(other).sum(0), ints2.sum(),
                ints2.max(1), other.std(), ints2.argmax());
        for (int i = 0; i < a.size(); i++) {
            assertArrayClose(a.get(i), b.get(i), 1e-12, "result " + i + " with chunks " + Chunks.ofLengths(shape, lengths));
        }
    }

    private static int[] randomSplit(Random r, int n) {
        java.util.List<Integer> parts = new java.util.ArrayList<>();
        int left = n;
        while (left > 0) {
            int p = 1 + r.nextInt(Math.max(1, Math.min(left, 17)));
            parts.add(p);
            left -= p;
        }
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }
}
