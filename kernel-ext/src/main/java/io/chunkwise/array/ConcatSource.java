package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.Arrays;
import java.util.List;

/**
 * Arrays joined along one axis (all of one dtype, already converted): a region reads, from each
 * input it overlaps, only the overlapping box.
 */
final class ConcatSource implements DerivedSource {
    private final List<Expr> inputs;
    private final int axis;
    private final long[] offsets;
    private final long[] shape;
    private final String name;

    ConcatSource(List<Expr> inputs, int axis, String name) {
        this.inputs = List.copyOf(inputs);
        this.axis = axis;
        this.name = name;
        this.offsets = new long[inputs.size() + 1];
        for (int i = 0; i < inputs.size(); i++) {
            offsets[i + 1] = offsets[i] + inputs.get(i).shape()[axis];
        }
        this.shape = inputs.get(0).shape().clone();
        shape[axis] = offsets[inputs.size()];
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return inputs.get(0).dtype();
    }

    @Override
    public List<Expr> inputs() {
        return inputs;
    }

    @Override
    public DerivedSource withInputs(List<Expr> in) {
        return new ConcatSource(in, axis, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return name + " of " + inputs.size() + " arrays along axis " + axis;
    }

    @Override
    public Object read(Region region) {
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        if (region.elements() == 0) {
            return out;
        }
        long lo = region.start()[axis];
        long hi = lo + region.size()[axis];
        long[] outShape = new long[shape.length];
        for (int a = 0; a < shape.length; a++) {
            outShape[a] = region.size()[a];
        }
        int first = Arrays.binarySearch(offsets, lo);
        first = first >= 0 ? first : -first - 2;
        for (int i = Math.max(0, first); i < inputs.size() && offsets[i] < hi; i++) {
            long s = Math.max(lo, offsets[i]);
            long e = Math.min(hi, offsets[i + 1]);
            if (e <= s) {
                continue;
            }
            long[] start = region.start().clone();
            int[] size = region.size().clone();
            start[axis] = s - offsets[i];
            size[axis] = (int) (e - s);
            Object part = RegionEvaluator.evaluate(inputs.get(i), new Region(start, size));
            long[] partShape = new long[size.length];
            for (int a = 0; a < size.length; a++) {
                partShape[a] = size[a];
            }
            long[] dst = new long[shape.length];
            dst[axis] = s - lo;
            Buffers.copyBox(part, partShape, new long[shape.length], out, outShape, dst, size);
        }
        return out;
    }
}
