package io.chunkwise.io.npy;

import io.chunkwise.array.Region;

/**
 * Walks a region of a C-order array as contiguous runs: where the region spans whole trailing
 * axes, their rows merge into one run, so a block of full rows is a single run.
 */
final class CRuns {
    private CRuns() {
    }

    /** Receives one run: its first element's index in the array and in the region buffer, and its length. */
    interface Consumer {
        void run(long arrayIndex, int regionIndex, int length);
    }

    /** Calls {@code consumer} for every run of {@code region} inside an array of {@code shape}, in C order. */
    static void forEach(long[] shape, Region region, Consumer consumer) {
        int n = shape.length;
        long[] start = region.start();
        int[] size = region.size();
        if (region.elements() == 0) {
            return;
        }
        if (n == 0) {
            consumer.run(0, 0, 1);
            return;
        }
        // merge trailing axes that the region covers completely into the run
        int inner = n - 1;
        long runLength = size[n - 1];
        while (inner > 0 && size[inner] == shape[inner]) {
            inner--;
            runLength *= size[inner];
        }
        long[] stride = new long[n];
        long acc = 1;
        for (int a = n - 1; a >= 0; a--) {
            stride[a] = acc;
            acc *= shape[a];
        }
        int[] idx = new int[inner];
        int regionIndex = 0;
        while (true) {
            long arrayIndex = start[inner] * stride[inner];
            for (int a = 0; a < inner; a++) {
                arrayIndex += (start[a] + idx[a]) * stride[a];
            }
            consumer.run(arrayIndex, regionIndex, (int) runLength);
            regionIndex += (int) runLength;
            int a = inner - 1;
            while (a >= 0 && ++idx[a] == size[a]) {
                idx[a] = 0;
                a--;
            }
            if (a < 0) {
                return;
            }
        }
    }
}
