package io.chunkwise.io.geotiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TIFF LZW decoding (MSB-first codes of 9 to 12 bits, "early change" width switch, Clear = 256,
 * EndOfInformation = 257).
 *
 * <p>Every string in the code table is a run of bytes in the output buffer, so an entry is just an
 * (offset, length) and decoding any code is one copy: no prefix chains to walk, and no separate
 * case for the 256 one-byte codes, whose strings are the bytes 0..255 that the decoder writes just
 * before the output ({@link #WINDOW} bytes of room the caller leaves). One instance per thread; it
 * keeps its tables between calls.
 *
 * <p>Speed comes from a code read with one big-endian 4-byte load, and strings copied 8 bytes at a
 * time, which may write up to 7 bytes past the string (only where the output has room; later codes
 * overwrite them). That copy never reads a byte it wrote, as a table string always ends at or
 * before the position it is copied to.
 */
final class LzwDecoder {
    /** Bytes the caller leaves free before the output, where the decoder keeps the 256 one-byte strings. */
    static final int WINDOW = 256;

    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int MAX_CODES = 4096;

    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** Per code, its string's offset in the output (high bits) and length (low 16 bits). */
    private final long[] table = new long[MAX_CODES];

    /**
     * Decodes {@code src[0..srcLen)} into {@code dst[base..base+dstLen)}, stopping when
     * {@code dstLen} bytes are written or at EndOfInformation; returns the number of bytes
     * written. Needs {@code base >= WINDOW}: it overwrites {@code dst[base-WINDOW..base)}. Bytes
     * past the returned count, up to {@code base+dstLen}, may hold garbage.
     */
    int decode(byte[] src, int srcLen, byte[] dst, int base, int dstLen) {
        if (base < WINDOW || base + (long) dstLen > dst.length) {
            throw new IllegalArgumentException("output " + base + ".." + (base + (long) dstLen)
                    + " does not fit a buffer of " + dst.length + " bytes with " + WINDOW + " bytes before it");
        }
        long[] table = this.table;
        int lit = base - WINDOW;
        for (int c = 0; c < CLEAR; c++) {
            dst[lit + c] = (byte) c;
            table[c] = (long) (lit + c) << 16 | 1;
        }
        table[CLEAR] = 0; // length 0 sends Clear and EndOfInformation off the copying path
        table[EOI] = 0;
        long bitPos = 0;
        long srcBits = (long) srcLen * 8;
        int fastEnd = srcLen - 4; // a 4-byte load at any byte index up to here stays inside src
        int end = base + dstLen;
        int fastOut = end - 8;    // a string ending at or before here may be copied in 8-byte words
        int op = base;
        int width = 9;
        int widen = (1 << width) - 1;
        int next = FIRST;
        int prevPos = -1;
        int prevLen = 0;
        long prevEntry = 0;
        while (op < end) {
            int code;
            int at = (int) (bitPos >>> 3);
            if (at <= fastEnd) {
                code = ((int) INT_BE.get(src, at) << (int) (bitPos & 7)) >>> (32 - width);
            } else if (bitPos + width <= srcBits) {
                code = slowCode(src, srcLen, bitPos, width);
            } else {
                break; // data ended without EndOfInformation: the caller checks the length
            }
            bitPos += width;
            int start = op;
            int len;
            if (code < next) {
                long entry = table[code];
                len = (int) entry & 0xFFFF;
                if (len == 0) {
                    if (code == EOI) {
                        break;
                    }
                    width = 9;
                    widen = (1 << width) - 1;
                    next = FIRST;
                    prevPos = -1;
                    continue;
                }
                op = copy(dst, (int) (entry >>> 16), op, len, fastOut, end);
            } else if (code == next && prevPos >= 0) {
                // the KwKwK case: the previous string plus its own first byte
                len = prevLen + 1;
                op = copy(dst, prevPos, op, prevLen, fastOut, end);
                if (op < end) {
                    dst[op++] = dst[prevPos];
                }
            } else {
                throw new CorruptBlockException("LZW code " + code + " at byte " + (bitPos >>> 3)
                        + " is not in the code table (next free code " + next + ")");
            }
            if (prevPos >= 0 && next < MAX_CODES) {
                table[next++] = prevEntry + 1; // the previous string plus one byte, where it was written
                if (next == widen && width < 12) {
                    width++;
                    widen = (1 << width) - 1;
                }
            }
            prevPos = start;
            prevLen = len;
            prevEntry = (long) start << 16 | len;
        }
        return op - base;
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
     * Copies {@code dst[from..from+n)} to {@code dst[to..)}, cut at {@code end}; returns the new
     * output position. Needs {@code from + n <= to}. Away from the end it copies 8-byte words,
     * writing up to 7 bytes of garbage past {@code to + n}: no word read then holds a byte this
     * copy wrote earlier, except past {@code from + n}, which lands past {@code to + n}.
     */
    private static int copy(byte[] dst, int from, int to, int n, int fastOut, int end) {
        if (to + n <= fastOut) {
            int i = 0;
            do {
                LONG.set(dst, to + i, (long) LONG.get(dst, from + i));
                i += 8;
            } while (i < n);
            return to + n;
        }
        int k = Math.min(n, end - to);
        for (int i = 0; i < k; i++) {
            dst[to + i] = dst[from + i];
        }
        return to + k;
    }
}
