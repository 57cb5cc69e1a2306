package io.chunkwise.array;

import io.chunkwise.io.ChunkSource;

/**
 * A Java 2-d array ({@code double[][]}, {@code short[][]}, ...) read in place: each region is
 * copied row by row, so wrapping a matrix costs no copy of it. Rows must all have the same length.
 */
record RowsSource(Object[] rows, DType dtype, long[] shape) implements ChunkSource {
    static RowsSource of(Object[] rows, DType dtype) {
        int cols = rows.length == 0 ? 0 : java.lang.reflect.Array.getLength(rows[0]);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || java.lang.reflect.Array.getLength(rows[r]) != cols) {
                throw new IllegalArgumentException("row " + r + " has "
                        + (rows[r] == null ? "no values (null)" : java.lang.reflect.Array.getLength(rows[r]) + " values")
                        + " but row 0 has " + cols + "; a 2-d array needs rows of equal length");
            }
        }
        return new RowsSource(rows, dtype, new long[] {rows.length, cols});
    }

    @Override
    public Object read(Region region) {
        int h = region.size()[0];
        int w = region.size()[1];
        Object out = Buffers.allocate(dtype, h * w);
        int r0 = (int) region.start()[0];
        int c0 = (int) region.start()[1];
        for (int r = 0; r < h; r++) {
            System.arraycopy(rows[r0 + r], c0, out, r * w, w);
        }
        return out;
    }

    @Override
    public String describe() {
        return "in-memory " + dtype + " matrix";
    }
}
