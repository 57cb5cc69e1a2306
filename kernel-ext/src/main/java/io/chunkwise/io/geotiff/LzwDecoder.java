package io.chunkwise.io.geotiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TIFF LZW decoding (MSB-first codes of 9 to 12 bits, "early change" width switch, Clear = 256,
 * EndOfInformation = 257).
 *
 * <p>Every string in the code table is a run of bytes already written to the output, so an entry
 * is just an (offset, length) into the output and decoding a code is one copy: no prefix chains to
 * walk. One instance per thread; it keeps its tables between calls.
 *
 * <p>Speed comes from three things: a code is read with one big-endian 4-byte load instead of byte
 * by byte; strings are copied 8 bytes at a time, which may write up to 7 bytes past the string
 * (only where the output has room; later codes overwrite them); and the copy never reads a byte it
 * writes, because a table string always ends at or before the position it is copied to.
 */
final class LzwDecoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int MAX_CODES = 4096;

    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final int[] offset = new int[MAX_CODES];
    private final int[] length = new int[MAX_CODES];

    /**
     * Decodes {@code src[0..srcLen)} into {@code dst}, stopping when {@code dstLen} bytes are
     * written or at EndOfInformation; returns the number of bytes written. Bytes of {@code dst}
     * past the returned count, up to {@code dstLen}, may hold garbage.
     */
    int decode(byte[] src, int srcLen, byte[] dst, int dstLen) {
        int[] offset = this.offset;
        int[] length = this.length;
        long bitPos = 0;
        long srcBits = (long) srcLen * 8;
        int fastEnd = srcLen - 4; // a 4-byte load at any byte index up to here stays inside src
        int fastOut = dstLen - 8; // a string ending at or before here may be copied in 8-byte words
        int op = 0;
        int width = 9;
        int widen = (1 << width) - 1;
        int next = FIRST;
        int prevPos = -1;
        int prevLen = 0;
        while (op < dstLen) {
            int code;
            int at = (int) (bitPos >>> 3);
            if (at <= fastEnd) {
                code = ((int) INT_BE.get(src, at) << (int) (bitPos & 7)) >>> (32 - width);
            } else if (bitPos + width <= srcBits) {
                code = slowCode(src, srcLen, bitPos, width);
            } else {
                return op; // data ended without EndOfInformation: the caller checks the length
            }
            bitPos += width;
            int start = op;
            int len;
            if (code < CLEAR) {
                dst[op++] = (byte) code;
                len = 1;
            } else if (code >= FIRST && code < next) {
                len = length[code];
                if (op + len <= fastOut) {
                    copyWords(dst, offset[code], op, len);
                    op += len;
                } else {
                    op = copyExact(dst, offset[code], op, len, dstLen);
                }
            } else if (code == CLEAR) {
                width = 9;
                widen = (1 << width) - 1;
                next = FIRST;
                prevPos = -1;
                continue;
            } else if (code == EOI) {
                break;
            } else if (code == next && prevPos >= 0) {
                // the KwKwK case: the previous string plus its own first byte
                len = prevLen + 1;
                if (op + len <= fastOut) {
                    copyWords(dst, prevPos, op, prevLen);
                    op += prevLen;
                } else {
                    op = copyExact(dst, prevPos, op, prevLen, dstLen);
                }
                if (op < dstLen) {
                    dst[op++] = dst[prevPos];
                }
            } else {
                throw new CorruptBlockException("LZW code " + code + " at byte " + (bitPos >>> 3)
                        + " is not in the code table (next free code " + next + ")");
            }
            if (prevPos >= 0 && next < MAX_CODES) {
                offset[next] = prevPos;
                length[next] = prevLen + 1;
                next++;
                if (next == widen && width < 12) {
                    width++;
                    widen = (1 << width) - 1;
                }
            }
            prevPos = start;
            prevLen = len;
        }
        return op;
    }

    /** The code of {@code width} bits at {@code bitPos}, near the end of the data. */
    private static int slowCode(byte[] src, int srcLen, long bitPos, int width) {
        int at = (int) (bitPos >>> 3);
        int w = 0;
        for (int i = 0; i < 4; i++) {
            w = w << 8 | (at + i < srcLen ? src[at + i] & 0xFF : 0);
        }
        return (w << (int) (bitPos & 7)) >>> (32 - width);
    }

    /**
     * Copies {@code dst[from..from+n)} to {@code dst[to..)} in 8-byte words, writing up to 7 bytes
     * past {@code to + n}. Correct because {@code from + n <= to}: no word read overlaps a byte
     * this copy has written before it is needed.
     */
    private static void copyWords(byte[] dst, int from, int to, int n) {
        int i = 0;
        do {
            LONG.set(dst, to + i, (long) LONG.get(dst, from + i));
            i += 8;
        } while (i < n);
    }

    /** Copies {@code n} bytes (cut at {@code limit}) byte by byte; returns the new output position. */
    private static int copyExact(byte[] dst, int from, int to, int n, int limit) {
        int k = Math.min(n, limit - to);
        if (k >= 16) {
            System.arraycopy(dst, from, dst, to, k);
        } else {
            for (int i = 0; i < k; i++) {
                dst[to + i] = dst[from + i];
            }
        }
        return to + k;
    }
}
