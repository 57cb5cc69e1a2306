package io.chunkwise.testing;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DenseArray;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.fail;

/** Domain assertions on dense arrays that report the first differing index. */
public final class ArrayAssert {
    private ArrayAssert() {
    }

    /** Same shape, dtype and values: exact for integers, within {@code rel} (relative) for floats; NaN equals NaN. */
    public static void assertArrayClose(DenseArray expected, DenseArray actual, double rel, String what) {
        if (!Arrays.equals(expected.shape(), actual.shape())) {
            fail(what + ": shape " + Arrays.toString(actual.shape()) + " but expected " + Arrays.toString(expected.shape()));
        }
        if (expected.dtype() != actual.dtype()) {
            fail(what + ": dtype " + actual.dtype() + " but expected " + expected.dtype());
        }
        assertValuesClose(expected, actual, rel, what);
    }

    /** Values only (dtypes may differ, e.g. our float64 sum of float32 against NumPy's float64 result). */
    public static void assertValuesClose(DenseArray expected, DenseArray actual, double rel, String what) {
        int n = (int) expected.size();
        if (actual.size() != n) {
            fail(what + ": " + actual.size() + " elements but expected " + n);
        }
        boolean exact = !expected.dtype().isFloat() && !actual.dtype().isFloat();
        for (int i = 0; i < n; i++) {
            if (exact) {
                long e = Buffers.getLong(expected.data(), expected.dtype(), i);
                long a = Buffers.getLong(actual.data(), actual.dtype(), i);
                if (e != a) {
                    fail(what + ": first difference at flat index " + i + ": " + a + " but expected " + e);
                }
            } else {
                double e = Buffers.getDouble(expected.data(), expected.dtype(), i);
                double a = Buffers.getDouble(actual.data(), actual.dtype(), i);
                boolean ok = (Double.isNaN(e) && Double.isNaN(a)) || e == a
                        || Math.abs(e - a) <= rel * Math.max(Math.abs(e), Math.abs(a));
                if (!ok) {
                    fail(what + ": first difference at flat index " + i + ": " + a + " but expected " + e
                            + " (relative tolerance " + rel + ")");
                }
            }
        }
    }
}
