package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.InMemorySource;
import io.chunkwise.graph.RegionEvaluator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Selections along axes: slices (with steps and flips), take, transposes, squeezed and inserted
 * axes. Output axis {@code o} reads input axis {@code outToIn[o]} through {@code maps[o]}
 * ({@code outToIn[o] == -1}: a new axis of length 1); input axis {@code a} with
 * {@code fixed[a] >= 0} is dropped at that index.
 *
 * <p>A read works out, per output axis, the input indices its region needs, groups them by input
 * chunk (and splits groups at gaps wider than {@value #GAP}), and evaluates one input box per
 * combination of groups: every read lies inside one input chunk the selection touches, so untouched
 * chunks are never read and a task holds its output plus one input piece. An in-memory input is
 * gathered from in place, without copying the box first.
 */
final class SelectSource implements DerivedSource {
    /** Input indices further apart than this along an axis are read separately. */
    static final int GAP = 8;

    private final Expr input;
    private final Chunks inChunks;
    private final int[] outToIn;
    private final AxisMap[] maps;
    private final long[] fixed;
    private final long[] shape;
    private final String name;

    SelectSource(Expr input, Chunks inChunks, int[] outToIn, AxisMap[] maps, long[] fixed, String name) {
        this.input = input;
        this.inChunks = inChunks;
        this.outToIn = outToIn;
        this.maps = maps;
        this.fixed = fixed;
        this.name = name;
        this.shape = new long[outToIn.length];
        for (int o = 0; o < shape.length; o++) {
            shape[o] = outToIn[o] < 0 ? 1 : maps[o].length();
        }
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
        return new SelectSource(inputs.get(0), inChunks, outToIn, maps, fixed, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return name + " of " + input.name();
    }

    /** One input box along one axis: input indices {@code lo..hi} feeding output positions {@code pos}. */
    private record Group(long lo, long hi, int[] pos, long[] idx) {
    }

    @Override
    public Object read(Region region) {
        int nd = shape.length;
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        if (region.elements() == 0) {
            return out;
        }
        List<List<Group>> groups = new ArrayList<>();
        int[] inToOut = new int[fixed.length];
        Arrays.fill(inToOut, -1);
        for (int o = 0; o < nd; o++) {
            int a = outToIn[o];
            if (a < 0) {
                groups.add(List.of(new Group(0, 0, new int[] {0}, new long[] {0})));
                continue;
            }
            inToOut[a] = o;
            long[] idx = new long[region.size()[o]];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = maps[o].index(region.start()[o] + k);
            }
            groups.add(group(idx, a));
        }
        long[] outStride = new long[nd];
        long acc = 1;
        for (int o = nd - 1; o >= 0; o--) {
            outStride[o] = acc;
            acc *= region.size()[o];
        }
        int[] pick = new int[nd];
        while (true) {
            readCombination(groups, pick, inToOut, outStride, out);
            int o = nd - 1;
            while (o >= 0) {
                if (++pick[o] < groups.get(o).size()) {
                    break;
                }
                pick[o] = 0;
                o--;
            }
            if (o < 0) {
                return out;
            }
        }
    }

    private void readCombination(List<List<Group>> groups, int[] pick, int[] inToOut, long[] outStride, Object out) {
        int ni = fixed.length;
        long[] start = new long[ni];
        int[] size = new int[ni];
        for (int a = 0; a < ni; a++) {
            if (fixed[a] >= 0) {
                start[a] = fixed[a];
                size[a] = 1;
            } else {
                Group g = groups.get(inToOut[a]).get(pick[inToOut[a]]);
                start[a] = g.lo;
                size[a] = (int) (g.hi - g.lo + 1);
            }
        }
        Object box;
        long[] boxStride;
        long base = 0;
        if (input instanceof Expr.Source s && s.source() instanceof InMemorySource m) {
            box = m.array().data(); // gather straight from the array: no copy of the box
            boxStride = Buffers.strides(m.array().shape());
            for (int a = 0; a < ni; a++) {
                base += start[a] * boxStride[a];
            }
        } else {
            box = RegionEvaluator.evaluate(input, new Region(start, size));
            boxStride = new long[ni];
            long acc = 1;
            for (int a = ni - 1; a >= 0; a--) {
                boxStride[a] = acc;
                acc *= size[a];
            }
        }
        int nd = outToIn.length;
        int[][] src = new int[nd][];
        int[][] dst = new int[nd][];
        for (int o = 0; o < nd; o++) {
            Group g = groups.get(o).get(pick[o]);
            int a = outToIn[o];
            src[o] = new int[g.pos.length];
            dst[o] = new int[g.pos.length];
            for (int j = 0; j < g.pos.length; j++) {
                dst[o][j] = (int) (g.pos[j] * outStride[o]);
                src[o][j] = (int) ((a < 0 ? 0 : (g.idx[j] - g.lo) * boxStride[a]) + (o == 0 ? base : 0));
            }
        }
        if (nd == 0) {
            Object one = Buffers.allocate(dtype(), 1);
            System.arraycopy(box, (int) base, one, 0, 1);
            box = one;
        }
        Gather.copy(box, src, out, dst);
    }

    /** Groups region positions by the input chunk (and dense run) their indices fall in. */
    private List<Group> group(long[] idx, int axis) {
        int n = idx.length;
        Integer[] order = order(idx);
        List<Group> out = new ArrayList<>();
        int first = 0;
        int chunk = -1;
        long chunkEnd = Long.MIN_VALUE;
        for (int k = 0; k <= n; k++) {
            long v = k < n ? idx[at(order, k)] : 0;
            boolean cut = k == n;
            if (!cut && k > first) {
                long prev = idx[at(order, k - 1)];
                cut = v - prev > GAP || v >= chunkEnd;
            }
            if (cut && k > first) {
                int[] pos = new int[k - first];
                long[] in = new long[k - first];
                for (int j = first; j < k; j++) {
                    pos[j - first] = at(order, j);
                    in[j - first] = idx[pos[j - first]];
                }
                out.add(new Group(in[0], in[in.length - 1], pos, in));
                first = k;
            }
            if (k < n && (k == first || v >= chunkEnd)) {
                chunk = inChunks.chunkAt(axis, v);
                chunkEnd = inChunks.start(axis, chunk) + inChunks.length(axis, chunk);
            }
        }
        return out;
    }

    /** Positions in increasing index order: null for already sorted input (the usual case). */
    private static Integer[] order(long[] idx) {
        for (int k = 1; k < idx.length; k++) {
            if (idx[k] < idx[k - 1]) {
                Integer[] o = new Integer[idx.length];
                for (int j = 0; j < o.length; j++) {
                    o[j] = j;
                }
                Arrays.sort(o, Comparator.comparingLong(j -> idx[j]));
                return o;
            }
        }
        return null;
    }

    private static int at(Integer[] order, int k) {
        return order == null ? k : order[k];
    }
}
