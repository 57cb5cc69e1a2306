package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.LazyHistogram;
import io.chunkwise.io.geotiff.GeoTiff;

/**
 * Turns the value of a magic's {@code EXPR} into a lazy array: a {@link ChunkedArray} as is, a
 * {@link DenseArray} wrapped, a {@link GeoTiff} as its band (or bands), an uncomputed histogram as the
 * array it counts. Anything else is a usage error naming the type received.
 */
final class Operands {
    private Operands() {
    }

    /** The lazy array behind {@code value}, the value of {@code expr} in {@code spec}'s magic. */
    static ChunkedArray array(MagicSpec spec, String expr, Object value) {
        if (value instanceof ChunkedArray a) {
            return a;
        }
        if (value instanceof DenseArray d) {
            return Chunkwise.fromDense(d);
        }
        if (value instanceof GeoTiff t) {
            return t.bandCount() == 1 ? t.band(1) : t.bands();
        }
        if (value instanceof LazyHistogram h) {
            return h.array();
        }
        throw unsupported(spec, expr, value, "a ChunkedArray, DenseArray or GeoTiff");
    }

    /** The error for a value of the wrong type: what was received and what is expected. */
    static MagicUsageException unsupported(MagicSpec spec, String expr, Object value, String expected) {
        String got = value == null ? "null" : "a " + value.getClass().getName();
        return spec.error("'" + expr + "' is " + got + "; expected " + expected + ".");
    }
}
