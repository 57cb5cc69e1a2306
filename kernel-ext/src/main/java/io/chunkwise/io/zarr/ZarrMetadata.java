package io.chunkwise.io.zarr;

import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.io.npy.NumpyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code .zarray} of a Zarr v2 array, as far as this package supports it: shape, chunk shape,
 * element type with byte order, compressor, fill value (null when the file says {@code null}) and
 * the chunk key separator. Order is always C and there are no filters.
 */
public record ZarrMetadata(long[] shape, int[] chunks, NumpyType type, ZarrCompression compressor,
                           Number fillValue, String separator) {
    static final String ZARRAY = ".zarray";

    /** Elements in one (full) chunk. */
    public int chunkElements() {
        long n = 1;
        for (int c : chunks) {
            n *= c;
        }
        return (int) n;
    }

    /** The chunk file name of grid index {@code idx}: {@code "1.0.2"}, {@code "1/0/2"}, or {@code "0"} for 0-d. */
    public String chunkKey(long[] idx) {
        if (idx.length == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < idx.length; a++) {
            sb.append(a == 0 ? "" : separator).append(idx[a]);
        }
        return sb.toString();
    }

    /** Reads and checks {@code dir/.zarray}; every error names that file, the problem and a fix. */
    public static ZarrMetadata read(Path dir) {
        Path file = dir.resolve(ZARRAY);
        if (!Files.isRegularFile(file)) {
            String what = Files.isRegularFile(dir.resolve(".zgroup")) ? "it is a Zarr group; open one of its arrays"
                    : Files.isDirectory(dir) ? "there is no " + file : "the directory does not exist";
            throw new MalformedZarrException(dir + " is not a Zarr v2 array: " + what
                    + " (a Zarr v2 array is a directory holding a .zarray file)");
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedZarrException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new MalformedZarrException(file + " holds " + parsed + "; expected a JSON object");
        }
        return fromJson(file, m);
    }

    private static ZarrMetadata fromJson(Path file, Map<?, ?> m) {
        Object format = m.get("zarr_format");
        if (!Long.valueOf(2).equals(format)) {
            throw new UnsupportedZarrException(file + " has zarr_format " + format + "; only Zarr v2 is supported "
                    + "(with zarr-python 3, write arrays with zarr_format=2)");
        }
        long[] shape = longs(file, m, "shape", 0);
        long[] chunkLongs = longs(file, m, "chunks", 1);
        if (chunkLongs.length != shape.length) {
            throw new MalformedZarrException(file + " has " + chunkLongs.length + " chunk lengths "
                    + Arrays.toString(chunkLongs) + " for a " + shape.length + "-d shape " + Arrays.toString(shape));
        }
        Object dtype = m.get("dtype");
        NumpyType type = dtype instanceof String s ? NumpyType.parse(s).orElse(null) : null;
        if (type == null) {
            throw new UnsupportedZarrException(file + " has dtype " + dtype + ", which is not supported; supported "
                    + "types are " + NumpyType.SUPPORTED + ". Convert the array first, e.g. a.astype('<f8')");
        }
        long elements = 1;
        int[] chunks = new int[chunkLongs.length];
        for (int a = 0; a < chunks.length; a++) {
            elements *= Math.min(chunkLongs[a], Integer.MAX_VALUE);
            if (chunkLongs[a] > Integer.MAX_VALUE || elements * type.dtype().itemSize() > Chunks.MAX_CHUNK_ELEMENTS) {
                throw new UnsupportedZarrException(file + " has chunks " + Arrays.toString(chunkLongs) + " of "
                        + type + ", more than 2 GiB per chunk, which one Java array cannot hold; rechunk it smaller");
            }
            chunks[a] = (int) chunkLongs[a];
        }
        Object order = m.get("order");
        if ("F".equals(order)) {
            throw new UnsupportedZarrException(file + " stores chunks in Fortran order (order \"F\"); only C order "
                    + "is supported. Re-write the array with order='C'");
        }
        if (!"C".equals(order)) {
            throw new MalformedZarrException(file + " has order " + order + "; expected \"C\" or \"F\"");
        }
        Object filters = m.get("filters");
        if (filters != null && !(filters instanceof List<?> l && l.isEmpty())) {
            throw new UnsupportedZarrException(file + " uses filters " + filters + "; filters are not supported. "
                    + "Re-write the array with filters=None");
        }
        Object separator = m.containsKey("dimension_separator") ? m.get("dimension_separator") : ".";
        if (!".".equals(separator) && !"/".equals(separator)) {
            throw new MalformedZarrException(file + " has dimension_separator " + separator + "; expected \".\" or \"/\"");
        }
        return new ZarrMetadata(shape, chunks, type, compressor(file, m.get("compressor")),
                fill(file, m.get("fill_value"), type.dtype()), (String) separator);
    }

    private static long[] longs(Path file, Map<?, ?> m, String key, long min) {
        if (!(m.get(key) instanceof List<?> list)) {
            throw new MalformedZarrException(file + " has " + key + " " + m.get(key) + "; expected a list of integers");
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long l) || l < min) {
                throw new MalformedZarrException(file + " has " + key + " " + list + "; expected integers >= " + min);
            }
            out[i] = l;
        }
        return out;
    }

    private static ZarrCompression compressor(Path file, Object c) {
        if (c == null) {
            return ZarrCompression.NONE;
        }
        Object id = c instanceof Map<?, ?> m ? m.get("id") : null;
        Object level = c instanceof Map<?, ?> m ? m.get("level") : null;
        if (("zlib".equals(id) || "gzip".equals(id)) && level instanceof Long l && l >= 0 && l <= 9) {
            return "zlib".equals(id) ? ZarrCompression.zlib(l.intValue()) : ZarrCompression.gzip(l.intValue());
        }
        throw new UnsupportedZarrException(file + " uses compressor " + c + "; supported are none, zlib and gzip "
                + "(levels 0-9). Re-write the array with compressor=numcodecs.Zlib(level=1) or compressor=None");
    }

    private static Number fill(Path file, Object v, DType dtype) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s && dtype.isFloat()) {
            switch (s) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        if (v instanceof Double d && dtype.isFloat() || v instanceof Long || v instanceof BigInteger) {
            return (Number) v;
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return d.longValue(); // an integral fill written as 0.0 for an integer array
        }
        throw new MalformedZarrException(file + " has fill_value " + v + ", which is not a valid " + dtype
                + " value; expected a number" + (dtype.isFloat() ? ", \"NaN\", \"Infinity\" or \"-Infinity\"" : "")
                + " or null");
    }

    /** The {@code .zarray} text for this metadata (fill 0, or NaN/Infinity spelt as zarr does). */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("    \"chunks\": ").append(Arrays.toString(chunks)).append(",\n");
        sb.append("    \"compressor\": ").append(compressor.toJson()).append(",\n");
        sb.append("    \"dimension_separator\": ").append(Json.quote(separator)).append(",\n");
        sb.append("    \"dtype\": ").append(Json.quote(type.descr())).append(",\n");
        sb.append("    \"fill_value\": ").append(fillJson()).append(",\n");
        sb.append("    \"filters\": null,\n");
        sb.append("    \"order\": \"C\",\n");
        sb.append("    \"shape\": ").append(Arrays.toString(shape)).append(",\n");
        sb.append("    \"zarr_format\": 2\n}\n");
        return sb.toString();
    }

    private String fillJson() {
        if (fillValue == null) {
            return "null";
        }
        DType d = type.dtype();
        if (d.isBool()) {
            return fillValue.longValue() != 0 ? "true" : "false";
        }
        if (!d.isFloat()) {
            return d.isUnsigned() && d == DType.UINT64 ? Long.toUnsignedString(fillValue.longValue())
                    : String.valueOf(fillValue.longValue());
        }
        double v = fillValue.doubleValue();
        return Double.isNaN(v) ? "\"NaN\"" : Double.isInfinite(v) ? (v > 0 ? "\"Infinity\"" : "\"-Infinity\"")
                : String.valueOf(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZarrMetadata z && Arrays.equals(shape, z.shape) && Arrays.equals(chunks, z.chunks)
                && type.equals(z.type) && compressor.equals(z.compressor) && separator.equals(z.separator)
                && String.valueOf(fillValue).equals(String.valueOf(z.fillValue));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(chunks);
    }

    @Override
    public String toString() {
        return "ZarrMetadata[shape " + Arrays.toString(shape) + ", chunks " + Arrays.toString(chunks) + ", " + type
                + ", " + compressor + ", fill " + fillValue + ", separator " + separator + "]";
    }
}
