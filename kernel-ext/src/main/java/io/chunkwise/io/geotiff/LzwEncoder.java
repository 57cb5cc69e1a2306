package io.chunkwise.io.geotiff;

import java.util.Arrays;

/**
 * TIFF LZW encoding, the inverse of {@link LzwDecoder}: 9- to 12-bit MSB-first codes, a Clear code
 * first and whenever the table fills, EndOfInformation last. One instance per thread.
 */
final class LzwEncoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int LIMIT = 4094;
    private static final int HASH_SIZE = 1 << 13;

    private final int[] keys = new int[HASH_SIZE];
    private final short[] codes = new short[HASH_SIZE];
    private byte[] out = new byte[1 << 16];
    private int op;
    private long bits;
    private int nbits;

    /** Encodes {@code src[0..n)}; returns the encoded bytes (valid up to {@link #length()}). */
    byte[] encode(byte[] src, int n) {
        op = 0;
        bits = 0;
        nbits = 0;
        ensure(n + n / 2 + n / 256 + 64); // 12 bits per input byte at worst, plus Clear codes
        int width = 9;
        emit(CLEAR, width);
        Arrays.fill(keys, -1);
        int next = FIRST;
        if (n > 0) {
            int w = src[0] & 0xFF;
            for (int i = 1; i < n; i++) {
                int c = src[i] & 0xFF;
                int key = (w << 8) | c;
                int h = ((key * 0x9E3779B1) >>> 19) & (HASH_SIZE - 1);
                while (keys[h] != -1 && keys[h] != key) {
                    h = (h + 1) & (HASH_SIZE - 1);
                }
                if (keys[h] == key) {
                    w = codes[h];
                    continue;
                }
                emit(w, width);
                keys[h] = key;
                codes[h] = (short) next++;
                if (next > (1 << width) - 1 && width < 12) {
                    width++;
                }
                if (next >= LIMIT) {
                    emit(CLEAR, width);
                    Arrays.fill(keys, -1);
                    next = FIRST;
                    width = 9;
                }
                w = c;
            }
            emit(w, width);
            next++;
            if (next > (1 << width) - 1 && width < 12) {
                width++;
            }
        }
        emit(EOI, width);
        if (nbits > 0) {
            out[op++] = (byte) (bits << (8 - nbits));
        }
        return out;
    }

    /** Bytes produced by the last {@link #encode}. */
    int length() {
        return op;
    }

    private void emit(int code, int width) {
        bits = (bits << width) | code;
        nbits += width;
        while (nbits >= 8) {
            nbits -= 8;
            out[op++] = (byte) (bits >>> nbits);
        }
    }

    private void ensure(int n) {
        if (out.length < n) {
            out = new byte[n];
        }
    }
}
