package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input fails when the expression is built, with a message naming the values and the fix. */
class BuildTimeErrorsTest {
    private static void fails(Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), "'" + ex.getMessage() + "' should mention '" + f + "'");
        }
    }

    @Test
    void rejectsShapesThatDoNotBroadcast() {
        ChunkedArray a = Chunkwise.zeros(DType.FLOAT64, new long[] {4, 5}, 2);
        ChunkedArray b = Chunkwise.zeros(DType.FLOAT64, new long[] {4, 6}, 2);
        fails(() -> a.add(b), "[4, 5]", "[4, 6]", "broadcast");
    }

    @Test
    void rejectsBadChunkSpecs() {
        fails(() -> Chunkwise.zeros(DType.FLOAT64, new long[] {10, 10}, 3, 3, 3), "3 values", "2-d");
        fails(() -> Chunkwise.zeros(DType.FLOAT64, new long[] {10}, 0), "chunk size 0");
        fails(() -> Chunks.ofLengths(new long[] {1000}, new int[][] {{500, 400}}), "add up to 900", "shape is 1000");
    }

    @Test
    void rejectsAxesOutOfRange() {
        ChunkedArray a = Chunkwise.zeros(DType.FLOAT64, new long[] {4, 5}, 2);
        fails(() -> a.sum(2), "axis 2", "2-d");
        fails(() -> a.mean(0, 0), "twice");
    }

    @Test
    void rejectsDtypeMisuse() {
        ChunkedArray a = Chunkwise.zeros(DType.UINT8, new long[] {4}, 2);
        fails(() -> a.and(a), "bool", "uint8");
        fails(() -> a.add(300), "300", "uint8");
        fails(() -> a.pow(-1), "negative");
    }

    @Test
    void warnsAboutIntegerOverflowFromMetadataOnly() {
        ChunkedArray x = Chunkwise.zeros(DType.UINT16, new long[] {4000, 3000}, 1000);
        assertTrue(x.mul(x).mul(x).warnings().get(0).contains("uint16"), x.mul(x).mul(x).warnings().toString());
        assertTrue(x.astype(DType.FLOAT32).mul(x).warnings().isEmpty());
        ChunkedArray cast = Chunkwise.fromArray(new short[][] {{1, 2}}, 1).astype(DType.UINT16);
        java.util.List<String> w = cast.mul(cast).mul(cast).warnings();
        assertTrue(w.size() == 1 && w.get(0).contains("4.29e+09"), w.toString());
    }

    @Test
    void metadataOfAMillionChunkExpressionIsCheap() {
        long t0 = System.nanoTime();
        ChunkedArray x = Chunkwise.random(1, new long[] {100_000, 100_000}, 100);
        ChunkedArray y = x.mul(x).add(1).sum(0);
        assertTrue(x.numChunks() == 1_000_000 && y.shape()[0] == 100_000 && y.taskCount() >= 1_000_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 1.0, "building and inspecting took " + seconds + " s");
    }
}
