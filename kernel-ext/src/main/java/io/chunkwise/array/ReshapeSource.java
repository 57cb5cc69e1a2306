package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.ArrayList;
import java.util.List;

/**
 * A reshape, read region by region. Within each group of axes (see {@link Reshaping.Group}) the
 * requested region is a set of C-order runs; each run is split into the few input boxes that hold
 * exactly its elements (each a contiguous run of the input too), and one input box is evaluated per
 * combination of boxes across groups. Nothing outside the region's own elements is read.
 */
final class ReshapeSource implements DerivedSource {
    private final Expr input;
    private final long[] shape;
    private final List<Reshaping.Group> groups;

    ReshapeSource(Expr input, long[] shape, List<Reshaping.Group> groups) {
        this.input = input;
        this.shape = shape;
        this.groups = groups;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return input.dtype();
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new ReshapeSource(inputs.get(0), shape, groups);
    }

    @Override
    public String name() {
        return "reshape";
    }

    @Override
    public String describe() {
        return "reshape of " + input.name() + " to " + Shapes.format(shape);
    }

    /** Elements {@code [outLocal, outLocal + len)} of a group's part of the region: one input box. */
    private record Piece(long[] inStart, int[] inSize, long outLocal, int len) {
    }

    @Override
    public Object read(Region region) {
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        if (region.elements() == 0) {
            return out;
        }
        int ng = groups.size();
        List<List<Piece>> pieces = new ArrayList<>();
        long[] volume = new long[ng];
        for (int g = 0; g < ng; g++) {
            pieces.add(pieces(groups.get(g), region));
            volume[g] = 1;
            Reshaping.Group gr = groups.get(g);
            for (int o = gr.outFirst(); o < gr.outFirst() + gr.outCount(); o++) {
                volume[g] *= region.size()[o];
            }
        }
        long[] dstStride = new long[ng];
        long acc = 1;
        for (int g = ng - 1; g >= 0; g--) {
            dstStride[g] = acc;
            acc *= volume[g];
        }
        int nin = input.shape().length;
        int[] pick = new int[ng];
        while (true) {
            long[] start = new long[nin];
            int[] size = new int[nin];
            long[] counts = new long[ng];
            long dstBase = 0;
            for (int g = 0; g < ng; g++) {
                Piece p = pieces.get(g).get(pick[g]);
                Reshaping.Group gr = groups.get(g);
                System.arraycopy(p.inStart, 0, start, gr.inFirst(), gr.inCount());
                System.arraycopy(p.inSize, 0, size, gr.inFirst(), gr.inCount());
                counts[g] = p.len;
                dstBase += p.outLocal * dstStride[g];
            }
            long[] srcStride = new long[ng];
            long s = 1;
            for (int g = ng - 1; g >= 0; g--) {
                srcStride[g] = s;
                s *= counts[g];
            }
            Object box = RegionEvaluator.evaluate(input, new Region(start, size));
            Gather.runs(box, srcStride, out, dstBase, dstStride, counts);
            int g = ng - 1;
            while (g >= 0) {
                if (++pick[g] < pieces.get(g).size()) {
                    break;
                }
                pick[g] = 0;
                g--;
            }
            if (g < 0) {
                return out;
            }
        }
    }

    /** The input boxes holding one group's part of the region, in the part's C order. */
    private List<Piece> pieces(Reshaping.Group g, Region region) {
        List<Piece> out = new ArrayList<>();
        long[] inShape = new long[g.inCount()];
        for (int a = 0; a < inShape.length; a++) {
            inShape[a] = input.shape()[g.inFirst() + a];
        }
        int q = g.outCount();
        if (q == 0 || g.inCount() == 0) { // only length-1 axes on one side: a single element
            int[] ones = new int[g.inCount()];
            java.util.Arrays.fill(ones, 1);
            out.add(new Piece(new long[g.inCount()], ones, 0, 1));
            return out;
        }
        long[] s = new long[q];
        long[] z = new long[q];
        long[] n = new long[q];
        for (int j = 0; j < q; j++) {
            s[j] = region.start()[g.outFirst() + j];
            z[j] = region.size()[g.outFirst() + j];
            n[j] = shape[g.outFirst() + j];
        }
        long[] stride = Buffers.strides(n);
        int t = q - 1;
        while (t > 0 && z[t] == n[t]) {
            t--;
        }
        long runLength = z[t] * stride[t];
        int[] idx = new int[t];
        long run = 0;
        while (true) {
            long f = s[t] * stride[t];
            for (int j = 0; j < t; j++) {
                f += (s[j] + idx[j]) * stride[j];
            }
            decompose(f, runLength, inShape, run * runLength, out);
            run++;
            int j = t - 1;
            while (j >= 0) {
                if (++idx[j] < z[j]) {
                    break;
                }
                idx[j] = 0;
                j--;
            }
            if (j < 0) {
                return out;
            }
        }
    }

    /**
     * Splits the C-order run {@code [f, f + len)} of an array of shape {@code m} into boxes, each
     * fixed on a prefix of axes, a range along one axis and whole along the rest (so each box is a
     * contiguous run itself); at most {@code 2 * m.length - 1} boxes.
     */
    static void decompose(long f, long len, long[] m, long outLocal, List<Piece> out) {
        int p = m.length;
        long[] stride = Buffers.strides(m);
        long local = outLocal;
        while (len > 0) {
            int k = 0;
            while (f % stride[k] != 0 || stride[k] > len) {
                k++;
            }
            long row = (f / stride[k]) % m[k];
            long count = Math.min(len / stride[k], m[k] - row);
            long[] start = new long[p];
            int[] size = new int[p];
            for (int j = 0; j < p; j++) {
                if (j < k) {
                    start[j] = (f / stride[j]) % m[j];
                    size[j] = 1;
                } else if (j == k) {
                    start[j] = row;
                    size[j] = (int) count;
                } else {
                    size[j] = (int) m[j];
                }
            }
            long elements = count * stride[k];
            out.add(new Piece(start, size, local, (int) elements));
            f += elements;
            len -= elements;
            local += elements;
        }
    }
}
