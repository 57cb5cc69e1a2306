package io.chunkwise.io.geotiff;

import java.util.zip.Inflater;

/**
 * Per-thread reusable buffers and codec state for decoding blocks, so decoding allocates only the
 * decoded result. Buffers above {@link #RETAIN_LIMIT} are handed out but not kept.
 */
final class Scratch {
    static final int RETAIN_LIMIT = 16 << 20;

    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    final LzwDecoder lzw = new LzwDecoder();
    final Inflater inflater = new Inflater();
    private byte[] compressed = new byte[0];
    private byte[] raw = new byte[0];

    static Scratch get() {
        return PER_THREAD.get();
    }

    /** A buffer of at least {@code n} bytes for compressed input. */
    byte[] compressed(int n) {
        if (compressed.length >= n) {
            return compressed;
        }
        byte[] b = new byte[n];
        if (n <= RETAIN_LIMIT) {
            compressed = b;
        }
        return b;
    }

    /** A buffer of at least {@code n} bytes for decompressed output. */
    byte[] raw(int n) {
        if (raw.length >= n) {
            return raw;
        }
        byte[] b = new byte[n];
        if (n <= RETAIN_LIMIT) {
            raw = b;
        }
        return b;
    }
}
