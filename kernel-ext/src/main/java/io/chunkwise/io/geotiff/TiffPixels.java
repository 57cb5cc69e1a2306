package io.chunkwise.io.geotiff;

/**
 * Windowed pixel reads of one TIFF image: finds the blocks a window touches, takes them from the
 * shared {@link BlockCache} (decoding the missing ones) and copies the overlapping part of one band
 * out of each. A block lying wholly inside the window and not cached is decoded straight into the
 * window instead, past the cache (when the decoder can): chunks aligned to the blocks, the usual
 * case, never read a block twice, so caching it would only cost an allocation and a copy.
 * Thread-safe.
 */
final class TiffPixels {
    private final TiffLayout layout;
    private final BlockDecoder decoder;
    private final BlockCache cache;

    TiffPixels(TiffLayout layout, BlockDecoder decoder, BlockCache cache) {
        this.layout = layout;
        this.decoder = decoder;
        this.cache = cache;
    }

    TiffLayout layout() {
        return layout;
    }

    BlockCache cache() {
        return cache;
    }

    /**
     * Copies the window of {@code h} x {@code w} pixels at ({@code r0}, {@code c0}) of band
     * {@code band} (0-based) into {@code dst} (the storage type) from {@code dstOff}, row-major.
     */
    void copyWindow(int band, long r0, long c0, int h, int w, Object dst, int dstOff) {
        if (h == 0 || w == 0) {
            return;
        }
        int bh = layout.blockHeight();
        int bw = layout.blockWidth();
        int plane = layout.planar() ? band : 0;
        int sample = layout.planar() ? 0 : band;
        int spp = layout.samplesInBlock();
        int br0 = (int) (r0 / bh);
        int br1 = (int) ((r0 + h - 1) / bh);
        int bc0 = (int) (c0 / bw);
        int bc1 = (int) ((c0 + w - 1) / bw);
        boolean direct = decoder.decodesInto();
        for (int br = br0; br <= br1; br++) {
            for (int bc = bc0; bc <= bc1; bc++) {
                int index = layout.blockIndex(plane, br, bc);
                long top = (long) br * bh;
                long left = (long) bc * bw;
                int rows = (int) Math.min(layout.storedRows(br), layout.height() - top);
                int cols = (int) Math.min(bw, layout.width() - left);
                if (direct && top >= r0 && left >= c0 && top + rows <= r0 + h && left + cols <= c0 + w
                        && cache.peek(index) == null) {
                    // the block lies wholly inside the window: chunk-aligned reads never need it again
                    decoder.decodeInto(index, rows, cols, dst, dstOff + (int) ((top - r0) * w + (left - c0)), w);
                    continue;
                }
                DecodedBlock block = cache.get(index, decoder::decode);
                long rs = Math.max(r0, top);
                long re = Math.min(r0 + h, top + block.rows());
                long cs = Math.max(c0, left);
                long ce = Math.min(c0 + w, left + bw);
                int n = (int) (ce - cs);
                for (long r = rs; r < re; r++) {
                    int src = (int) (((r - top) * bw + (cs - left)) * spp + sample);
                    int d = dstOff + (int) ((r - r0) * w + (cs - c0));
                    if (spp == 1) {
                        System.arraycopy(block.data(), src, dst, d, n);
                    } else {
                        gather(block.data(), src, spp, dst, d, n);
                    }
                }
            }
        }
    }

    /** Copies {@code n} elements taken every {@code stride} from {@code src} into consecutive {@code dst}. */
    private static void gather(Object src, int from, int stride, Object dst, int to, int n) {
        if (src instanceof short[] s) {
            short[] d = (short[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        } else if (src instanceof byte[] s) {
            byte[] d = (byte[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        } else if (src instanceof int[] s) {
            int[] d = (int[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        } else if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        } else {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) {
                d[to + i] = s[from + i * stride];
            }
        }
    }
}
