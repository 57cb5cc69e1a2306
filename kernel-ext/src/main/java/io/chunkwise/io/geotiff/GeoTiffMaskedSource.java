package io.chunkwise.io.geotiff;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.util.OptionalDouble;

/**
 * A band with its nodata pixels turned into NaN, converted to a float type per chunk as it is read
 * (no array operations involved). 8- and 16-bit integers become FLOAT32, wider integers FLOAT64.
 */
final class GeoTiffMaskedSource implements ChunkSource {
    private final GeoTiffSource inner;
    private final OptionalDouble nodata;
    private final DType out;

    GeoTiffMaskedSource(GeoTiffSource inner, OptionalDouble nodata) {
        this.inner = inner;
        this.nodata = nodata;
        this.out = inner.dtype().toFloat();
    }

    @Override
    public long[] shape() {
        return inner.shape();
    }

    @Override
    public DType dtype() {
        return out;
    }

    @Override
    public int[] nativeBlock() {
        return inner.nativeBlock();
    }

    @Override
    public Object read(Region region) {
        Object raw = inner.read(region);
        DType in = inner.dtype();
        int n = (int) region.elements();
        boolean mask = nodata.isPresent() && !Double.isNaN(nodata.getAsDouble());
        double nd = nodata.orElse(Double.NaN);
        if (in == DType.FLOAT32) {
            float[] f = (float[]) raw; // converted in place: the buffer is ours
            float ndf = (float) nd;
            if (mask) {
                for (int i = 0; i < n; i++) {
                    if (f[i] == ndf) {
                        f[i] = Float.NaN;
                    }
                }
            }
            return f;
        }
        if (in == DType.FLOAT64) {
            double[] d = (double[]) raw;
            if (mask) {
                for (int i = 0; i < n; i++) {
                    if (d[i] == nd) {
                        d[i] = Double.NaN;
                    }
                }
            }
            return d;
        }
        // integers: a nodata that the type cannot hold matches no pixel
        boolean intMask = mask && nd == Math.rint(nd) && nd >= in.minValue() && nd <= in.maxValue();
        long ndl = (long) nd;
        Object result = Buffers.allocate(out, n);
        if (out == DType.FLOAT32) {
            float[] f = (float[]) result;
            for (int i = 0; i < n; i++) {
                long v = Buffers.getLong(raw, in, i);
                f[i] = intMask && v == ndl ? Float.NaN : v;
            }
        } else {
            double[] d = (double[]) result;
            for (int i = 0; i < n; i++) {
                double v = Buffers.getDouble(raw, in, i);
                d[i] = intMask && v == nd ? Double.NaN : v;
            }
        }
        return result;
    }

    @Override
    public String describe() {
        return inner.describe() + " (nodata masked as NaN)";
    }
}
