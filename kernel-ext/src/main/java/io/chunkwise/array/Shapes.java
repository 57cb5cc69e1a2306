package io.chunkwise.array;

/** Formats shapes the way Python prints tuples: {@code (20000, 20000)}, {@code (5,)}, {@code ()}. */
public final class Shapes {
    private Shapes() {
    }

    public static String format(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    public static String format(int[] shape) {
        long[] l = new long[shape.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = shape[i];
        }
        return format(l);
    }
}
