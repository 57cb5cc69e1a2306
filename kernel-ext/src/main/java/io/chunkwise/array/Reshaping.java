package io.chunkwise.array;

import io.chunkwise.graph.Expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds reshapes: infers a {@code -1} length, checks sizes, splits the two shapes into groups of
 * axes with equal products, and chooses output chunks. A group that maps one axis to one axis keeps
 * the input's chunks; any other group gets chunks that are contiguous runs in C order (full along
 * the trailing axes of the group) no larger than the input chunks' volume over the group's axes.
 */
final class Reshaping {
    private Reshaping() {
    }

    /** Input axes {@code [inFirst, inFirst + inCount)} hold the same elements as the output axes. */
    record Group(int inFirst, int inCount, int outFirst, int outCount) {
    }

    static ChunkedArray reshape(ChunkedArray x, long... shapeIn) {
        if (shapeIn == null) {
            throw new IllegalArgumentException("reshape: the shape is null; expected lengths such as (100, -1)");
        }
        long[] in = x.shape();
        long[] out = inferShape(in, x.size(), shapeIn);
        if (Arrays.equals(in, out)) {
            return x;
        }
        Chunks chunks;
        List<Group> groups;
        if (x.size() == 0) {
            groups = List.of();
            chunks = Chunks.normalize(out, x.dtype());
        } else {
            groups = groups(in, out);
            chunks = chunks(in, x.chunks(), out, groups);
        }
        ReshapeSource src = new ReshapeSource(x.expr(), out, groups);
        return new ChunkedArray(new Expr.Source(src, src.name()), chunks);
    }

    private static long[] inferShape(long[] in, long size, long[] spec) {
        long[] out = spec.clone();
        int unknown = -1;
        long known = 1;
        for (int a = 0; a < out.length; a++) {
            if (out[a] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("reshape: " + Shapes.format(spec) + " has more than one -1; "
                            + "at most one length can be inferred");
                }
                unknown = a;
            } else if (out[a] < 0) {
                throw new IllegalArgumentException("reshape: " + Shapes.format(spec) + " has a negative length "
                        + out[a] + " along axis " + a + "; expected lengths >= 0 or one -1");
            } else {
                known = Math.multiplyExact(known, out[a]);
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape an array of shape " + Shapes.format(in)
                        + " (" + size + " elements) into shape " + Shapes.format(spec) + ": the other lengths multiply to "
                        + known + ", which " + (known == 0 ? "leaves -1 undetermined" : "does not divide " + size));
            }
            out[unknown] = size / known;
            known = size;
        }
        if (known != size) {
            throw new IllegalArgumentException("reshape: cannot reshape an array of shape " + Shapes.format(in) + " ("
                    + size + " elements) into shape " + Shapes.format(out) + " (" + known + " elements); the sizes must match");
        }
        return out;
    }

    /** Minimal runs of axes with equal products, in order (both shapes have a non-zero size). */
    static List<Group> groups(long[] in, long[] out) {
        List<Group> gs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < in.length || j < out.length) {
            if (i == in.length || (j < out.length && out[j] == 1 && (i == in.length || in[i] != 1))) {
                gs.add(new Group(i, 0, j++, 1)); // a new length-1 axis
                continue;
            }
            if (j == out.length || (in[i] == 1 && out[j] != 1)) {
                gs.add(new Group(i++, 1, j, 0)); // a dropped length-1 axis
                continue;
            }
            int i0 = i;
            int j0 = j;
            long pi = in[i++];
            long pj = out[j++];
            while (pi != pj) {
                if (pi < pj) {
                    pi *= in[i++];
                } else {
                    pj *= out[j++];
                }
            }
            gs.add(new Group(i0, i - i0, j0, j - j0));
        }
        return gs;
    }

    private static Chunks chunks(long[] in, Chunks inChunks, long[] out, List<Group> groups) {
        int[][] lengths = new int[out.length][];
        int[] inMax = inChunks.maxChunk();
        for (Group g : groups) {
            if (g.inCount == 1 && g.outCount == 1) {
                lengths[g.outFirst] = inChunks.lengths(g.inFirst);
                continue;
            }
            long volume = 1;
            for (int a = g.inFirst; a < g.inFirst + g.inCount; a++) {
                volume *= Math.max(1, inMax[a]);
            }
            long acc = 1;
            boolean cut = false;
            for (int o = g.outFirst + g.outCount - 1; o >= g.outFirst; o--) {
                long d;
                if (cut) {
                    d = 1;
                } else if (acc * out[o] <= volume) {
                    d = out[o];
                    acc *= out[o];
                } else {
                    d = alignedLength(in, g, volume, acc);
                    cut = true;
                }
                lengths[o] = regular(out[o], (int) d);
            }
        }
        return Chunks.ofLengths(out, lengths);
    }

    /**
     * The chunk length along the cut output axis ({@code acc} elements per step): as many as fit in
     * {@code volume}, rounded down to whole input rows (the largest product of the group's trailing
     * input lengths that fits and is a multiple of {@code acc}) so each chunk is one input box.
     */
    private static long alignedLength(long[] in, Group g, long volume, long acc) {
        long best = 1;
        long trailing = 1;
        for (int a = g.inFirst + g.inCount - 1; a > g.inFirst; a--) {
            trailing *= in[a];
            if (trailing > volume) {
                break;
            }
            if (trailing % acc == 0) {
                best = trailing;
            }
        }
        if (best % acc != 0) {
            return Math.max(1, volume / acc);
        }
        return volume / best * (best / acc);
    }

    private static int[] regular(long extent, int chunk) {
        int count = (int) ((extent + chunk - 1) / chunk);
        int[] l = new int[count];
        Arrays.fill(l, chunk);
        l[count - 1] = (int) (extent - (long) (count - 1) * chunk);
        return l;
    }
}
