package io.chunkwise.io.geotiff;

/**
 * TIFF LZW decoding (MSB-first codes of 9 to 12 bits, "early change" width switch, Clear = 256,
 * EndOfInformation = 257).
 *
 * <p>Every string in the code table is a run of bytes already written to the output, so an entry
 * is just an (offset, length) into the output and decoding a code is one array copy: no prefix
 * chains to walk. One instance per thread; it keeps its tables between calls.
 */
final class LzwDecoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int MAX_CODES = 4096;

    private final int[] offset = new int[MAX_CODES];
    private final int[] length = new int[MAX_CODES];

    /**
     * Decodes {@code src[0..srcLen)} into {@code dst}, stopping when {@code dstLen} bytes are
     * written or at EndOfInformation; returns the number of bytes written.
     */
    int decode(byte[] src, int srcLen, byte[] dst, int dstLen) {
        long bits = 0;
        int nbits = 0;
        int ip = 0;
        int op = 0;
        int width = 9;
        int next = FIRST;
        int prevPos = -1;
        int prevLen = 0;
        while (op < dstLen) {
            while (nbits < width) {
                if (ip >= srcLen) {
                    return op; // data ended without EndOfInformation: the caller checks the length
                }
                bits = (bits << 8) | (src[ip++] & 0xFF);
                nbits += 8;
            }
            nbits -= width;
            int code = (int) (bits >>> nbits) & ((1 << width) - 1);
            if (code == EOI) {
                break;
            }
            if (code == CLEAR) {
                width = 9;
                next = FIRST;
                prevPos = -1;
                continue;
            }
            int start = op;
            int len;
            if (code < CLEAR) {
                dst[op++] = (byte) code;
                len = 1;
            } else if (code < next && prevPos >= 0) {
                len = length[code];
                int n = Math.min(len, dstLen - op);
                copy(dst, offset[code], op, n);
                op += n;
            } else if (code == next && prevPos >= 0) {
                // the KwKwK case: the previous string plus its own first byte
                len = prevLen + 1;
                int n = Math.min(prevLen, dstLen - op);
                copy(dst, prevPos, op, n);
                op += n;
                if (op < dstLen) {
                    dst[op++] = dst[prevPos];
                }
            } else {
                throw new CorruptBlockException("LZW code " + code + " at byte " + ip
                        + " is not in the code table (next free code " + next + ")");
            }
            if (prevPos >= 0 && next < MAX_CODES) {
                offset[next] = prevPos;
                length[next] = prevLen + 1;
                next++;
                if (next == (1 << width) - 1 && width < 12) {
                    width++;
                }
            }
            prevPos = start;
            prevLen = len;
        }
        return op;
    }

    private static void copy(byte[] b, int from, int to, int n) {
        if (n < 16) {
            for (int i = 0; i < n; i++) {
                b[to + i] = b[from + i];
            }
        } else {
            System.arraycopy(b, from, b, to, n);
        }
    }
}
