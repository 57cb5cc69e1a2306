package io.chunkwise.array;

import java.util.Arrays;

/**
 * A box inside an array: a start index and a size per axis. Regions are what chunk tasks read and
 * write; a region holds at most one Java array of elements.
 */
public record Region(long[] start, int[] size) {
    public Region {
        if (start.length != size.length) {
            throw new IllegalArgumentException("region start " + Arrays.toString(start) + " and size "
                    + Arrays.toString(size) + " differ in rank");
        }
    }

    public int ndim() {
        return start.length;
    }

    /** Number of elements in the region. */
    public long elements() {
        long e = 1;
        for (int s : size) {
            e *= s;
        }
        return e;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int a = 0; a < start.length; a++) {
            sb.append(a == 0 ? "" : ", ").append(start[a]).append(':').append(start[a] + size[a]);
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && Arrays.equals(start, r.start) && Arrays.equals(size, r.size);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(start) * 31 + Arrays.hashCode(size);
    }
}
