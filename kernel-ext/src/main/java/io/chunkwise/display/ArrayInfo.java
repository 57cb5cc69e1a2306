package io.chunkwise.display;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;

import java.util.Arrays;
import java.util.List;

/**
 * The metadata an array summary shows: name of the last operation, shape, chunk grid, dtype, size in
 * bytes, task count after fusion, graph layers, warnings and an optional source description.
 *
 * <p>A plain value so that display never needs a live array; {@code source} (e.g. {@code "GeoTIFF
 * scene.tif band 1"}) may be null, {@code warnings} null means none.
 *
 * @param name the last layer's operation, e.g. {@code "mul"}; null or blank reads {@code "array"}
 * @param shape the array shape; must match {@code chunks.shape()}
 * @param chunks the chunk grid
 * @param dtype the element type
 * @param nbytes the array's size in bytes
 * @param taskCount tasks after fusion
 * @param graphLayers layers in the expression graph
 * @param warnings notes to show prominently (e.g. an integer overflow warning)
 * @param source where the data comes from, or null
 */
public record ArrayInfo(String name, long[] shape, Chunks chunks, DType dtype, long nbytes, long taskCount,
                        int graphLayers, List<String> warnings, String source) {
    public ArrayInfo {
        if (shape == null || chunks == null || dtype == null) {
            throw new IllegalArgumentException("ArrayInfo needs a shape, chunks and a dtype but got shape="
                    + Arrays.toString(shape) + ", chunks=" + chunks + ", dtype=" + dtype);
        }
        if (!Arrays.equals(shape, chunks.shape())) {
            throw new IllegalArgumentException("ArrayInfo shape " + Formats.shape(shape)
                    + " does not match the chunk grid's shape " + Formats.shape(chunks.shape())
                    + "; pass the chunks of this array");
        }
        name = name == null || name.isBlank() ? "array" : name;
        shape = shape.clone();
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The info of a chunked array, read from its metadata only (nothing is computed); no source
     * description (add one with {@link #withSource}).
     */
    public static ArrayInfo of(ChunkedArray x) {
        return new ArrayInfo(x.name(), x.shape(), x.chunks(), x.dtype(), x.nbytes(), x.taskCount(), x.graphLayers(),
                x.warnings(), null);
    }

    /**
     * The info of a plain chunked array with no expression behind it: one task per chunk, one layer,
     * {@code nbytes} from the shape and dtype, no warnings and no source.
     */
    public static ArrayInfo of(String name, Chunks chunks, DType dtype) {
        long[] shape = chunks.shape();
        long n = dtype.itemSize();
        for (long s : shape) {
            n = multiplySaturated(n, s);
        }
        return new ArrayInfo(name, shape, chunks, dtype, n, chunks.numChunks(), 1, List.of(), null);
    }

    /** The same info with a source description. */
    public ArrayInfo withSource(String description) {
        return new ArrayInfo(name, shape, chunks, dtype, nbytes, taskCount, graphLayers, warnings, description);
    }

    /** The same info with these warnings. */
    public ArrayInfo withWarnings(List<String> list) {
        return new ArrayInfo(name, shape, chunks, dtype, nbytes, taskCount, graphLayers, list, source);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** Bytes of the largest chunk (the largest chunk length along every axis, times the item size). */
    public long chunkBytes() {
        long n = dtype.itemSize();
        for (int m : chunks.maxChunk()) {
            n = multiplySaturated(n, m);
        }
        return n;
    }

    private static long multiplySaturated(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi == 0 && lo >= 0 ? lo : Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayInfo i && name.equals(i.name) && Arrays.equals(shape, i.shape)
                && chunks.equals(i.chunks) && dtype == i.dtype && nbytes == i.nbytes && taskCount == i.taskCount
                && graphLayers == i.graphLayers && warnings.equals(i.warnings)
                && java.util.Objects.equals(source, i.source);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, Arrays.hashCode(shape), chunks, dtype, nbytes, taskCount,
                graphLayers, warnings, source);
    }

    @Override
    public String toString() {
        return ArraySummary.text(this);
    }
}
