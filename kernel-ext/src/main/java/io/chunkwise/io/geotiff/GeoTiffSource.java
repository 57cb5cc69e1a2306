package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.util.Arrays;

/**
 * One band of a GeoTIFF as a 2-D (row, col) {@link ChunkSource}, or all bands as a 3-D
 * (band, row, col) one. A read decodes only the tiles or strips the region touches, through the
 * file's shared block cache; reads from many threads run in parallel.
 */
public final class GeoTiffSource implements ChunkSource {
    private final GeoTiff tiff;
    private final int band;

    /** {@code band} is 1-based; 0 means all bands, 3-D. */
    GeoTiffSource(GeoTiff tiff, int band) {
        this.tiff = tiff;
        this.band = band;
    }

    /** The file this source reads. */
    public GeoTiff tiff() {
        return tiff;
    }

    /** The 1-based band, or 0 for the 3-D source of all bands. */
    public int band() {
        return band;
    }

    @Override
    public long[] shape() {
        return band == 0 ? new long[] {tiff.bandCount(), tiff.height(), tiff.width()}
                : new long[] {tiff.height(), tiff.width()};
    }

    @Override
    public DType dtype() {
        return tiff.dtype();
    }

    /** A tile or strip; for all bands, every band of it when pixel-interleaved, one band when planar. */
    @Override
    public int[] nativeBlock() {
        int[] b = tiff.blockShape();
        if (band != 0) {
            return b;
        }
        return new int[] {tiff.interleave().equals("PIXEL") ? tiff.bandCount() : 1, b[0], b[1]};
    }

    @Override
    public Object read(Region region) {
        long[] shape = shape();
        check(region, shape);
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        TiffPixels px = tiff.pixels();
        int n = region.ndim();
        long r0 = region.start()[n - 2];
        long c0 = region.start()[n - 1];
        int h = region.size()[n - 2];
        int w = region.size()[n - 1];
        if (band != 0) {
            px.copyWindow(band - 1, r0, c0, h, w, out, 0);
        } else {
            for (int b = 0; b < region.size()[0]; b++) {
                px.copyWindow((int) region.start()[0] + b, r0, c0, h, w, out, b * h * w);
            }
        }
        return out;
    }

    private void check(Region region, long[] shape) {
        boolean ok = region.ndim() == shape.length && region.elements() <= Chunks.MAX_CHUNK_ELEMENTS;
        for (int a = 0; ok && a < shape.length; a++) {
            ok = region.start()[a] >= 0 && region.size()[a] >= 0 && region.start()[a] + region.size()[a] <= shape[a];
        }
        if (!ok) {
            throw new IllegalArgumentException(describe() + ": region " + region + " is not inside the shape "
                    + Arrays.toString(shape) + " (or holds more than one Java array)");
        }
    }

    @Override
    public String describe() {
        return "GeoTIFF " + tiff.path().getFileName() + (band == 0 ? " bands 1.." + tiff.bandCount() : " band " + band);
    }

    @Override
    public String toString() {
        return describe();
    }
}
