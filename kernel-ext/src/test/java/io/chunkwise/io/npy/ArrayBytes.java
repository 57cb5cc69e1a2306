package io.chunkwise.io.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Test helpers: storage buffers to and from little-endian bytes, and an element-wise assertion. */
public final class ArrayBytes {
    private ArrayBytes() {
    }

    /** The buffer's elements as little-endian bytes in C order, as NumPy's {@code tobytes()} gives them. */
    public static byte[] toBytes(Object buffer, DType dtype) {
        int n = Buffers.length(buffer);
        ByteBuffer out = ByteBuffer.allocate(n * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        ByteCodec.encode(buffer, 0, n, dtype, out);
        return out.array();
    }

    /** A storage buffer decoded from little-endian bytes. */
    public static Object fromBytes(byte[] bytes, DType dtype) {
        int n = bytes.length / dtype.itemSize();
        Object buf = Buffers.allocate(dtype, n);
        ByteCodec.decode(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), dtype, buf, 0, n);
        return buf;
    }

    /** The raw little-endian dump Python wrote at {@code file}, decoded. */
    public static Object readDump(Path file, DType dtype) {
        try {
            return fromBytes(Files.readAllBytes(file), dtype);
        } catch (IOException e) {
            throw new AssertionError("cannot read the Python dump " + file, e);
        }
    }

    /** Deterministic test data of every dtype, covering the type's full bit patterns (NaN and infinities too). */
    public static Object randomBuffer(DType dtype, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Object buf = Buffers.allocate(dtype, n);
        for (int i = 0; i < n; i++) {
            switch (dtype) {
                case FLOAT64 -> ((double[]) buf)[i] = i % 97 == 5 ? Double.NaN : r.nextGaussian() * 1e3;
                case FLOAT32 -> ((float[]) buf)[i] = i % 89 == 3 ? Float.NEGATIVE_INFINITY : (float) r.nextGaussian();
                case BOOL -> ((byte[]) buf)[i] = (byte) (r.nextInt(3) == 0 ? 1 : 0);
                default -> Buffers.setLong(buf, dtype, i, r.nextLong());
            }
        }
        return buf;
    }

    /** Asserts two buffers hold the same elements bit for bit, naming the first differing index. */
    public static void assertSameElements(Object expected, Object actual, DType dtype, String what) {
        assertEquals(Buffers.storageClass(dtype), actual.getClass(), what + ": storage type");
        assertEquals(Buffers.length(expected), Buffers.length(actual), what + ": element count");
        byte[] e = toBytes(expected, dtype);
        byte[] a = toBytes(actual, dtype);
        int item = dtype.itemSize();
        for (int i = 0; i < e.length; i++) {
            if (e[i] != a[i]) {
                int index = i / item;
                fail(what + ": first difference at element " + index + ": expected "
                        + Buffers.getDouble(expected, dtype, index) + " but got " + Buffers.getDouble(actual, dtype, index));
            }
        }
    }

    /** A random box inside {@code shape} (possibly empty along an axis of length 0). */
    public static Region randomRegion(long[] shape, SplittableRandom r) {
        long[] start = new long[shape.length];
        int[] size = new int[shape.length];
        for (int a = 0; a < shape.length; a++) {
            start[a] = shape[a] == 0 ? 0 : r.nextLong(shape[a]);
            size[a] = (int) (shape[a] == 0 ? 0 : 1 + r.nextLong(shape[a] - start[a]));
        }
        return new Region(start, size);
    }

    /** The elements of {@code region} cut from a whole C-order array of {@code shape}. */
    public static Object slice(Object whole, long[] shape, Region region, DType dtype) {
        Object out = Buffers.allocate(dtype, (int) region.elements());
        long[] outShape = new long[shape.length];
        for (int a = 0; a < shape.length; a++) {
            outShape[a] = region.size()[a];
        }
        Buffers.copyBox(whole, shape, region.start(), out, outShape, new long[shape.length], region.size());
        return out;
    }

    /** The region covering all of {@code shape}. */
    public static Region whole(long[] shape) {
        int[] size = new int[shape.length];
        for (int a = 0; a < shape.length; a++) {
            size[a] = Math.toIntExact(shape[a]);
        }
        return new Region(new long[shape.length], size);
    }
}
