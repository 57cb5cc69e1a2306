package io.chunkwise.io.geotiff;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** DEFLATE (zlib streams, TIFF compression 8 and 32946) through {@link java.util.zip}. */
final class Zlib {
    private Zlib() {
    }

    /** Inflates {@code src[0..srcLen)} into {@code dst[base..base+dstLen)}; returns the bytes written. */
    static int inflate(Inflater inflater, byte[] src, int srcLen, byte[] dst, int base, int dstLen) {
        inflater.reset();
        inflater.setInput(src, 0, srcLen);
        int op = 0;
        int stalls = 0;
        try {
            while (op < dstLen) {
                int k = inflater.inflate(dst, base + op, dstLen - op);
                op += k;
                if (k == 0) {
                    if (inflater.finished() || inflater.needsInput()) {
                        break; // the caller checks the length
                    }
                    if (inflater.needsDictionary() || ++stalls > 8) {
                        throw new CorruptBlockException("the DEFLATE stream "
                                + (stalls > 8 ? "makes no progress" : "asks for a preset dictionary"));
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new CorruptBlockException("invalid DEFLATE data (" + e.getMessage() + ")");
        }
        return op;
    }

    /** Deflates {@code src[0..n)} into {@code out}, grown as needed; returns the output (length in {@code len[0]}). */
    static byte[] deflate(Deflater deflater, byte[] src, int n, byte[] out, int[] len) {
        deflater.reset();
        deflater.setInput(src, 0, n);
        deflater.finish();
        int op = 0;
        if (out.length < n / 2 + 1024) {
            out = new byte[n / 2 + 1024];
        }
        while (!deflater.finished()) {
            if (op == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            op += deflater.deflate(out, op, out.length - op);
        }
        len[0] = op;
        return out;
    }
}
