package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers for the structural-operation tests: irregular chunkings and batched NumPy checks. */
final class StructCases {
    private StructCases() {
    }

    /** Random irregular chunk lengths for every axis (a zero-length axis gets one empty chunk). */
    static int[][] irregular(Random r, long[] shape) {
        int[][] out = new int[shape.length][];
        for (int a = 0; a < shape.length; a++) {
            List<Integer> l = new ArrayList<>();
            long left = shape[a];
            while (left > 0) {
                int c = (int) Math.min(left, 1 + r.nextInt((int) Math.max(1, Math.min(12, shape[a]))));
                l.add(c);
                left -= c;
            }
            if (l.isEmpty()) {
                l.add(0);
            }
            out[a] = l.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** A lazy array over {@code a} with the given chunk lengths. */
    static ChunkedArray lazy(DenseArray a, int[][] lengths) {
        return Chunkwise.fromBuffer(a.data(), a.dtype(), a.shape()).rechunk(Chunks.ofLengths(a.shape(), lengths));
    }

    /**
     * A lazy array over {@code a} with random irregular chunks, read either in place (an in-memory
     * source) or through a plain source that copies each region (the path of files and expressions).
     */
    static ChunkedArray lazy(DenseArray a, Random r) {
        int[][] lengths = irregular(r, a.shape());
        if (r.nextBoolean()) {
            return lazy(a, lengths);
        }
        io.chunkwise.graph.InMemorySource inner = new io.chunkwise.graph.InMemorySource(a);
        // a wrapper that copies each region, so reads do not take the in-place path
        io.chunkwise.io.ChunkSource copying = new io.chunkwise.testing.RecordingSource(inner);
        return ChunkedArray.fromSource(copying, Chunks.ofLengths(a.shape(), lengths));
    }

    /** Accumulates (NumPy expression, our array) pairs and checks them all in one oracle call. */
    static final class Batch {
        private final List<String> np = new ArrayList<>();
        private final List<ChunkedArray> ours = new ArrayList<>();

        void add(String expr, ChunkedArray x) {
            np.add(expr);
            ours.add(x);
        }

        /** Metadata against NumPy's before computing, then values (exact) under both schedulers. */
        void check(java.util.Map<String, DenseArray> inputs, double rel) {
            List<DenseArray> expected = io.chunkwise.testing.NumpyOracle.eval(inputs, np);
            for (int i = 0; i < np.size(); i++) {
                ChunkedArray x = ours.get(i);
                assertArrayEquals(expected.get(i).shape(), x.shape(), "shape of " + np.get(i));
                assertEquals(expected.get(i).dtype(), x.dtype(), "dtype of " + np.get(i));
                assertArrayEquals(x.shape(), x.chunks().shape(), "chunks cover the shape of " + np.get(i));
            }
            for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
                List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
                for (int i = 0; i < np.size(); i++) {
                    assertArrayClose(expected.get(i), got.get(i), rel, np.get(i) + " with " + s);
                }
            }
        }

        int size() {
            return np.size();
        }
    }
}
