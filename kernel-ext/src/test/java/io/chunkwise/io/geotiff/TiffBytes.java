package io.chunkwise.io.geotiff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds small classic TIFF files byte by byte for tests: any tags with any values, in either
 * byte order, plus raw block data, so tests can produce headers no real writer would.
 */
final class TiffBytes {
    private record Field(int tag, int type, long[] values) {
    }

    private final ByteOrder order;
    private final List<Field> fields = new ArrayList<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    TiffBytes(ByteOrder order) {
        this.order = order;
    }

    /** Adds a SHORT (3), LONG (4) or LONG8-free integer field. */
    TiffBytes tag(int tag, int type, long... values) {
        fields.add(new Field(tag, type, values));
        return this;
    }

    /** Appends block data; returns its offset in the final file. */
    long data(byte[] bytes) {
        long at = 8 + data.size();
        data.writeBytes(bytes);
        return at;
    }

    byte[] build() {
        fields.sort(Comparator.comparingInt(Field::tag));
        int ifdAt = 8 + data.size();
        ifdAt += ifdAt & 1;
        int extraAt = ifdAt + 2 + fields.size() * 12 + 4;
        ByteBuffer extra = ByteBuffer.allocate(1 << 20).order(order);
        ByteBuffer b = ByteBuffer.allocate(extraAt + (1 << 20)).order(order);
        b.put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M'));
        b.putShort((short) 42).putInt(ifdAt);
        b.put(data.toByteArray());
        b.position(ifdAt);
        b.putShort((short) fields.size());
        for (Field f : fields) {
            int size = TiffTag.typeSize(f.type());
            b.putShort((short) f.tag()).putShort((short) f.type()).putInt(f.values().length);
            ByteBuffer v = ByteBuffer.allocate(Math.max(4, f.values().length * size)).order(order);
            for (long x : f.values()) {
                switch (size) {
                    case 1 -> v.put((byte) x);
                    case 2 -> v.putShort((short) x);
                    case 4 -> v.putInt((int) x);
                    default -> v.putLong(x);
                }
            }
            if (f.values().length * size <= 4) {
                b.put(v.array(), 0, 4);
            } else {
                b.putInt(extraAt + extra.position());
                extra.put(v.array());
            }
        }
        b.putInt(0);
        byte[] out = new byte[extraAt + extra.position()];
        System.arraycopy(b.array(), 0, out, 0, extraAt);
        System.arraycopy(extra.array(), 0, out, extraAt, extra.position());
        return out;
    }
}
