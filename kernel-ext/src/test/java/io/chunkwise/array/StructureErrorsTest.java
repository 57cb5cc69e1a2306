package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad arguments to structural operations fail at build time with messages naming the values and the fix. */
class StructureErrorsTest {
    private final ChunkedArray x = Chunkwise.random(1, new long[] {4, 6}, 2, 3);

    private static void fails(Class<? extends RuntimeException> type, Executable call, String... parts) {
        RuntimeException e = assertThrows(type, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' should mention '" + p + "'");
        }
    }

    @Test
    void rejectsAnIndexOutOfRangeNamingTheAxisAndSize() {
        fails(IndexOutOfBoundsException.class, () -> x.slice(Slice.all(), Slice.at(6)), "index 6", "axis 1", "size 6", "-6 to 5");
        fails(IndexOutOfBoundsException.class, () -> x.slice(Slice.at(-5)), "index -5", "axis 0", "size 4");
    }

    @Test
    void rejectsAZeroStepAndTooManySlices() {
        fails(IllegalArgumentException.class, () -> Slice.range(0, 5, 0), "step cannot be zero", "0:5:0");
        fails(IllegalArgumentException.class, () -> x.slice(Slice.all(), Slice.all(), Slice.at(0)), "3 slices", "2-d", "(4, 6)");
        fails(IllegalArgumentException.class, () -> x.slice(Slice.all(), null), "null", "Slice.all()");
    }

    @Test
    void rejectsTakeIndicesOutOfRange() {
        fails(IndexOutOfBoundsException.class, () -> x.take(new long[] {0, 3, 9}, 1), "index 9", "position 2", "axis 1", "size 6");
        fails(IndexOutOfBoundsException.class, () -> x.take(new long[] {-5}, 0), "index -5", "axis 0", "size 4");
        fails(IllegalArgumentException.class, () -> x.take(new long[] {0}, 2), "take", "axis 2", "2-d", "-2 to 1");
    }

    @Test
    void rejectsReshapesToAnotherSize() {
        fails(IllegalArgumentException.class, () -> x.reshape(5, 5), "(4, 6)", "24 elements", "(5, 5)", "25 elements");
        fails(IllegalArgumentException.class, () -> x.reshape(5, -1), "(4, 6)", "(5, -1)", "does not divide 24");
        fails(IllegalArgumentException.class, () -> x.reshape(-1, -1), "more than one -1");
        fails(IllegalArgumentException.class, () -> x.reshape(-2, 12), "negative length -2");
        ChunkedArray empty = Chunkwise.zeros(DType.INT8, new long[] {0, 3});
        fails(IllegalArgumentException.class, () -> empty.reshape(0, -1), "undetermined");
    }

    @Test
    void rejectsBadAxesForTransposeSqueezeExpandAndFlip() {
        fails(IllegalArgumentException.class, () -> x.transpose(0), "transpose", "[0]", "2-d", "permutation");
        fails(IllegalArgumentException.class, () -> x.transpose(1, -1), "axis -1 appears twice", "[1, -1]");
        fails(IllegalArgumentException.class, () -> x.transpose(0, 2), "axis 2 is out of range");
        fails(IllegalArgumentException.class, () -> x.squeeze(1), "squeeze", "axis 1 has length 6", "(4, 6)");
        fails(IllegalArgumentException.class, () -> x.squeeze(3), "axis 3 is out of range");
        fails(IllegalArgumentException.class, () -> x.expandDims(3), "expandDims", "axis 3", "-3 to 2");
        fails(IllegalArgumentException.class, () -> x.flip(-3), "flip", "axis -3", "-2 to 1");
        fails(IllegalArgumentException.class, () -> x.rechunk(0), "chunk size 0");
        fails(IllegalArgumentException.class, () -> x.rechunk(Chunks.regular(new long[] {4, 5}, new int[] {2, 2})),
                "(4, 5)", "(4, 6)");
    }

    @Test
    void rejectsMismatchedJoins() {
        ChunkedArray y = Chunkwise.random(2, new long[] {4, 5});
        fails(IllegalArgumentException.class, () -> Chunkwise.concatenate(0, x, y), "array 1 has shape (4, 5)",
                "array 0 has shape (4, 6)", "except along axis 0");
        fails(IllegalArgumentException.class, () -> Chunkwise.concatenate(0, x, x.reshape(24)), "array 1 has shape (24,)");
        fails(IllegalArgumentException.class, () -> Chunkwise.concatenate(2, x, x), "axis 2 is out of range");
        fails(IllegalArgumentException.class, () -> Chunkwise.concatenate(0), "at least one array");
        fails(IllegalArgumentException.class, () -> Chunkwise.concatenate(0, x.sum(), x.sum()), "zero-dimensional");
        fails(IllegalArgumentException.class, () -> Chunkwise.stack(0, x, x.transpose()), "array 1 has shape (6, 4)",
                "one shape");
        fails(IllegalArgumentException.class, () -> Chunkwise.stack(3, x, x), "stack", "axis 3", "-3 to 2");
    }

    @Test
    void rejectsMasksOfAnotherTypeOrShape() {
        fails(IllegalArgumentException.class, () -> x.compress(x), "mask has dtype float64", "bool", "x.gt(0)");
        fails(IllegalArgumentException.class, () -> x.compress(x.transpose().gt(0)), "mask has shape (6, 4)",
                "array has shape (4, 6)");
    }
}
