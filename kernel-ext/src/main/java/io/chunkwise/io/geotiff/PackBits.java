package io.chunkwise.io.geotiff;

/** PackBits (Macintosh run-length) decoding, TIFF compression 32773. */
final class PackBits {
    private PackBits() {
    }

    /** Decodes {@code src[0..srcLen)} into {@code dst[base..base+dstLen)}; returns the bytes written. */
    static int decode(byte[] src, int srcLen, byte[] dst, int base, int dstLen) {
        int ip = 0;
        int op = 0;
        while (ip < srcLen && op < dstLen) {
            int n = src[ip++];
            if (n >= 0) {
                int run = n + 1;
                if (ip + run > srcLen) {
                    throw new CorruptBlockException("a PackBits literal run of " + run + " bytes at byte " + (ip - 1)
                            + " runs past the end of the block (" + srcLen + " bytes)");
                }
                int k = Math.min(run, dstLen - op);
                System.arraycopy(src, ip, dst, base + op, k);
                ip += run;
                op += k;
            } else if (n != -128) {
                if (ip >= srcLen) {
                    throw new CorruptBlockException("a PackBits repeat run at byte " + (ip - 1)
                            + " has no byte to repeat");
                }
                byte b = src[ip++];
                int k = Math.min(1 - n, dstLen - op);
                for (int i = 0; i < k; i++) {
                    dst[base + op + i] = b;
                }
                op += k;
            }
        }
        return op;
    }
}
