package io.chunkwise.io.geotiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Serialises one little-endian image file directory, classic or BigTIFF: entries sorted by tag,
 * values that do not fit in an entry placed right after the directory.
 */
final class IfdWriter {
    private record Field(int tag, int type, long count, byte[] value) {
    }

    private final List<Field> fields = new ArrayList<>();

    IfdWriter shorts(int tag, int... v) {
        ByteBuffer b = buffer(2L * v.length);
        for (int x : v) {
            b.putShort((short) x);
        }
        return add(tag, TiffTag.SHORT, v.length, b);
    }

    IfdWriter longs(int tag, long... v) {
        ByteBuffer b = buffer(4L * v.length);
        for (long x : v) {
            b.putInt((int) x);
        }
        return add(tag, TiffTag.LONG, v.length, b);
    }

    /** Offsets or byte counts: LONG in classic TIFF (values must fit in 32 bits), LONG8 in BigTIFF. */
    IfdWriter offsets(int tag, long[] v, boolean big) {
        if (!big) {
            return longs(tag, v);
        }
        ByteBuffer b = buffer(8L * v.length);
        for (long x : v) {
            b.putLong(x);
        }
        return add(tag, TiffTag.LONG8, v.length, b);
    }

    IfdWriter doubles(int tag, double... v) {
        ByteBuffer b = buffer(8L * v.length);
        for (double x : v) {
            b.putDouble(x);
        }
        return add(tag, TiffTag.DOUBLE, v.length, b);
    }

    IfdWriter ascii(int tag, String s) {
        byte[] text = (s + "\0").getBytes(StandardCharsets.ISO_8859_1);
        return add(tag, TiffTag.ASCII, text.length, ByteBuffer.wrap(text));
    }

    private IfdWriter add(int tag, int type, long count, ByteBuffer value) {
        fields.removeIf(f -> f.tag() == tag);
        fields.add(new Field(tag, type, count, value.array()));
        return this;
    }

    private static ByteBuffer buffer(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a TIFF tag of " + n + " bytes is too large to write");
        }
        return ByteBuffer.allocate((int) n).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Bytes of the directory plus its out-of-line values. */
    long size(boolean big) {
        long n = (big ? 8 : 2) + (long) fields.size() * (big ? 20 : 12) + (big ? 8 : 4);
        for (Field f : fields) {
            if (f.value().length > (big ? 8 : 4)) {
                n += f.value().length + (f.value().length & 1);
            }
        }
        return n;
    }

    /** The directory as it sits at file offset {@code at}, with no next directory. */
    byte[] build(long at, boolean big) {
        fields.sort(Comparator.comparingInt(Field::tag));
        ByteBuffer b = buffer(size(big));
        int inline = big ? 8 : 4;
        long extra = at + (big ? 8 : 2) + (long) fields.size() * (big ? 20 : 12) + (big ? 8 : 4);
        ByteBuffer tail = buffer(size(big));
        if (big) {
            b.putLong(fields.size());
        } else {
            b.putShort((short) fields.size());
        }
        for (Field f : fields) {
            b.putShort((short) f.tag()).putShort((short) f.type());
            if (big) {
                b.putLong(f.count());
            } else {
                b.putInt((int) f.count());
            }
            if (f.value().length <= inline) {
                b.put(f.value()).put(new byte[inline - f.value().length]);
            } else {
                long pos = extra + tail.position();
                if (big) {
                    b.putLong(pos);
                } else {
                    b.putInt((int) pos);
                }
                tail.put(f.value());
                if ((f.value().length & 1) == 1) {
                    tail.put((byte) 0); // values start on word boundaries
                }
            }
        }
        if (big) {
            b.putLong(0);
        } else {
            b.putInt(0);
        }
        b.put(tail.array(), 0, tail.position());
        return b.array();
    }
}
