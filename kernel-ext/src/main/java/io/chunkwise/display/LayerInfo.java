package io.chunkwise.display;

import io.chunkwise.array.GraphInfo;

import java.util.List;

/**
 * One layer of a task graph as {@link GraphSvg} draws it.
 *
 * @param name the layer's name, e.g. {@code "mul"} or {@code "geotiff"}
 * @param kind what the layer does, e.g. {@code "source"}, {@code "elementwise"}, {@code "reduction"}
 * @param chunks the number of chunk tasks in the layer (before fusion)
 * @param fusedGroup layers that share a non-negative group number and follow one another run fused, as
 *     one task per chunk; a negative number means not fused
 */
public record LayerInfo(String name, String kind, long chunks, int fusedGroup) {
    public LayerInfo {
        if (chunks < 0) {
            throw new IllegalArgumentException("layer '" + name + "' has " + chunks + " chunks; expected 0 or more");
        }
        name = name == null || name.isBlank() ? "layer" : name;
        kind = kind == null ? "" : kind;
    }

    /** The layers of {@code ChunkedArray.graph()}: each fused pass becomes one fused group. */
    public static List<LayerInfo> of(List<GraphInfo.Layer> graph) {
        return graph.stream().map(l -> new LayerInfo(l.name(), l.kind(), l.chunks(), l.pass())).toList();
    }
}
