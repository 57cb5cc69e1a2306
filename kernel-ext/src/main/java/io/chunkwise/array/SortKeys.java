package io.chunkwise.array;

/**
 * Order-preserving unsigned keys for the values of a dtype: {@code a < b} exactly when
 * {@code Long.compareUnsigned(key(a), key(b)) < 0}. Keys of 8- and 16-bit types fit in 16 bits,
 * of 32-bit types (and FLOAT32) in 32 bits, of 64-bit types in 64 bits, so a most-significant-digit
 * radix narrowing needs at most {@code width / 16} levels.
 *
 * <p>Floats: negative values have every bit flipped, others only the sign bit (the IEEE trick), so
 * {@code -0.0} sorts just below {@code 0.0} and NaN with the sign bit clear sorts above
 * {@code +Infinity}. Callers that must ignore NaN count them with {@link #fill}'s return value.
 */
final class SortKeys {
    private SortKeys() {
    }

    /** Bits a key of this dtype uses (16, 32 or 64). */
    static int width(DType t) {
        return switch (t.itemSize()) {
            case 1, 2 -> 16;
            case 4 -> 32;
            default -> 64;
        };
    }

    /**
     * Writes the keys of {@code len} values of {@code buf} (storage type of {@code t}) starting at
     * {@code off} into {@code out[0..len)}; returns how many of them were NaN.
     */
    static int fill(Object buf, DType t, int off, int len, long[] out) {
        int nan = 0;
        switch (t) {
            case FLOAT64 -> {
                double[] v = (double[]) buf;
                for (int i = 0; i < len; i++) {
                    double x = v[off + i];
                    long b = Double.doubleToRawLongBits(x);
                    out[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
                    nan += x != x ? 1 : 0;
                }
            }
            case FLOAT32 -> {
                float[] v = (float[]) buf;
                for (int i = 0; i < len; i++) {
                    float x = v[off + i];
                    int b = Float.floatToRawIntBits(x);
                    out[i] = (b ^ ((b >> 31) | Integer.MIN_VALUE)) & 0xFFFF_FFFFL;
                    nan += x != x ? 1 : 0;
                }
            }
            case INT64 -> {
                long[] v = (long[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] ^ Long.MIN_VALUE;
                }
            }
            case UINT64 -> System.arraycopy(buf, off, out, 0, len);
            case INT32 -> {
                int[] v = (int[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = (v[off + i] ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL;
                }
            }
            case UINT32 -> {
                int[] v = (int[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] & 0xFFFF_FFFFL;
                }
            }
            case INT16 -> {
                short[] v = (short[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] + 32768;
                }
            }
            case UINT16 -> {
                short[] v = (short[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] & 0xFFFF;
                }
            }
            case INT8 -> {
                byte[] v = (byte[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] + 128;
                }
            }
            case UINT8, BOOL -> {
                byte[] v = (byte[]) buf;
                for (int i = 0; i < len; i++) {
                    out[i] = v[off + i] & 0xFF;
                }
            }
        }
        return nan;
    }

    /** The value of a key as a double (unsigned types widened, as NumPy converts them). */
    static double toDouble(long key, DType t) {
        return switch (t) {
            case FLOAT64 -> Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
            case FLOAT32 -> toFloat(key);
            case UINT64 -> Buffers.unsignedToDouble(key);
            default -> toLong(key, t);
        };
    }

    /** The value of a FLOAT32 key. */
    static float toFloat(long key) {
        int k = (int) key;
        return Float.intBitsToFloat(k < 0 ? k ^ Integer.MIN_VALUE : ~k);
    }

    /** The value of an integer key as a long (UINT64 keeps its bits). */
    static long toLong(long key, DType t) {
        return switch (t) {
            case INT64 -> key ^ Long.MIN_VALUE;
            case INT32 -> key - (1L << 31);
            case INT16 -> key - 32768;
            case INT8 -> key - 128;
            case FLOAT64, FLOAT32 -> throw new IllegalStateException(t + " keys are not integers");
            default -> key; // unsigned types and BOOL
        };
    }

    /** Whether a key decodes to NaN. */
    static boolean isNaN(long key, DType t) {
        return t.isFloat() && Double.isNaN(toDouble(key, t));
    }

    /**
     * Sorts keys in unsigned order in place over {@code [from, to)} (flipping the top bit around a
     * signed sort).
     */
    static void sortUnsigned(long[] keys, int from, int to) {
        for (int i = from; i < to; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        java.util.Arrays.sort(keys, from, to);
        for (int i = from; i < to; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
    }
}
