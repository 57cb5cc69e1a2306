package io.chunkwise.io.npy;

import io.chunkwise.array.DType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a {@code .npy} file: format version, element type, shape, and where the C-order
 * data starts. {@link #read} validates a file's header against its size; {@link #encode} builds one.
 */
public record NpyHeader(int major, int minor, NumpyType type, long[] shape, long dataOffset) {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy aligns the start of the data to this many bytes. */
    static final int ALIGN = 64;
    /** Headers longer than this are refused before they are read (NumPy's own are under 1 KiB). */
    static final int MAX_HEADER_BYTES = 1 << 20;

    /** Number of elements the shape holds. */
    public long elements() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    /** Bytes of element data after the header. */
    public long dataBytes() {
        return elements() * type.dtype().itemSize();
    }

    /**
     * Reads and checks the header of {@code file} through {@code channel}: the magic, a version
     * among 1.0, 2.0 and 3.0, the dict's keys, a supported C-order type, and a file long enough
     * to hold the data the header announces.
     */
    public static NpyHeader read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(pre, 0);
        int got = pre.position();
        boolean magic = got > 0 && Arrays.equals(Arrays.copyOf(pre.array(), Math.min(got, 6)),
                Arrays.copyOf(MAGIC, Math.min(got, 6)));
        if (!magic) {
            throw new MalformedNpyException(file + " is not a .npy file: " + (size == 0 ? "it is empty"
                    : "it does not start with the magic bytes \\x93NUMPY") + "; save arrays with numpy.save");
        }
        if (got < 10) {
            throw truncated(file, size, "the format version and header length");
        }
        int major = pre.get(6) & 0xFF;
        int minor = pre.get(7) & 0xFF;
        if (minor != 0 || major < 1 || major > 3) {
            throw new UnsupportedNpyException(file + " uses .npy format version " + major + "." + minor
                    + "; this reader supports versions 1.0, 2.0 and 3.0");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (pre.position() < 8 + lengthBytes) {
            throw truncated(file, size, "the header length");
        }
        long headerLen = major == 1 ? pre.getShort(8) & 0xFFFF : pre.getInt(8) & 0xFFFF_FFFFL;
        long start = 8 + lengthBytes;
        if (headerLen > MAX_HEADER_BYTES) {
            throw new MalformedNpyException(file + " announces a header of " + headerLen + " bytes; at most "
                    + MAX_HEADER_BYTES + " are accepted, so the file is probably corrupt");
        }
        if (start + headerLen > size) {
            throw truncated(file, size, "its " + headerLen + "-byte header");
        }
        ByteBuffer raw = ByteBuffer.allocate((int) headerLen);
        while (raw.hasRemaining() && channel.read(raw, start + raw.position()) >= 0) {
            // read until full
        }
        String text = new String(raw.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader h = parseDict(file, text, major, start + headerLen);
        long needed = Math.addExact(h.dataOffset, h.dataBytes());
        if (size < needed) {
            throw new MalformedNpyException(file + " is truncated: its header announces shape "
                    + shapeText(h.shape) + " of " + h.type + " (" + h.dataBytes() + " bytes of data from byte "
                    + h.dataOffset + "), but the file holds only " + size + " bytes; re-save or re-copy it");
        }
        return h;
    }

    private static NpyHeader parseDict(Path file, String text, int major, long dataOffset) {
        Object parsed;
        try {
            parsed = PyLiteral.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedNpyException(file + " has an unreadable header: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> dict) || !dict.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
            throw new MalformedNpyException(file + " has a header " + text.strip() + "; expected a dict with "
                    + "exactly the keys 'descr', 'fortran_order' and 'shape'");
        }
        Object descr = dict.get("descr");
        NumpyType type = descr instanceof String s ? NumpyType.parse(s).orElse(null) : null;
        if (type == null) {
            String what = descr instanceof List<?> ? "a structured type " + descr : "type " + pyText(descr);
            throw new UnsupportedNpyException(file + " holds elements of " + what
                    + ", which is not supported; supported types are " + NumpyType.SUPPORTED
                    + ". Convert it in NumPy first, e.g. np.save(path, a.astype('<f8'))");
        }
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean)) {
            throw new MalformedNpyException(file + " has fortran_order " + pyText(fortran) + "; expected True or False");
        }
        if ((Boolean) fortran) {
            throw new UnsupportedNpyException(file + " stores its data in Fortran order (fortran_order: True); "
                    + "only C order is supported. Re-save it with np.save(path, np.ascontiguousarray(a))");
        }
        long[] shape = shape(file, dict.get("shape"));
        return new NpyHeader(major, 0, type, shape, dataOffset);
    }

    private static long[] shape(Path file, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new MalformedNpyException(file + " has shape " + pyText(value) + "; expected a tuple of integers");
        }
        long[] shape = new long[list.size()];
        long bytes = 8;
        for (int i = 0; i < shape.length; i++) {
            if (!(list.get(i) instanceof Long l) || l < 0) {
                throw new MalformedNpyException(file + " has shape " + pyText(value)
                        + "; expected a tuple of non-negative integers");
            }
            shape[i] = l;
            if (l > 0 && bytes > Long.MAX_VALUE / l) {
                throw new MalformedNpyException(file + " has shape " + pyText(value)
                        + ", too many elements for any file; the header is corrupt");
            }
            bytes *= Math.max(1, l);
        }
        return shape;
    }

    /**
     * The complete header (magic, version, length, padded dict) for a little-endian C-order array of
     * {@code shape} and {@code dtype}: version 1.0, or 2.0 when the dict does not fit 65535 bytes.
     * Its length is a multiple of {@link #ALIGN}.
     */
    public static byte[] encode(long[] shape, DType dtype) {
        String dict = "{'descr': '" + NumpyType.littleEndian(dtype).descr() + "', 'fortran_order': False, 'shape': "
                + shapeText(shape) + ", }";
        int lengthBytes = 2;
        int padded = paddedLength(dict.length(), lengthBytes);
        if (padded > 0xFFFF) {
            lengthBytes = 4;
            padded = paddedLength(dict.length(), lengthBytes);
        }
        ByteBuffer out = ByteBuffer.allocate(8 + lengthBytes + padded).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) (lengthBytes == 2 ? 1 : 2)).put((byte) 0);
        if (lengthBytes == 2) {
            out.putShort((short) padded);
        } else {
            out.putInt(padded);
        }
        out.put(dict.getBytes(StandardCharsets.ISO_8859_1));
        while (out.remaining() > 1) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        return out.array();
    }

    private static int paddedLength(int dictLength, int lengthBytes) {
        int unpadded = 8 + lengthBytes + dictLength + 1;
        int total = (unpadded + ALIGN - 1) / ALIGN * ALIGN;
        return total - 8 - lengthBytes;
    }

    /** A shape as Python writes a tuple: {@code ()}, {@code (5,)}, {@code (3, 4)}. */
    static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static String pyText(Object v) {
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    private static MalformedNpyException truncated(Path file, long size, String what) {
        return new MalformedNpyException(file + " is truncated: it ends (at " + size + " bytes) before "
                + what + " is complete; re-save or re-copy it");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && major == h.major && minor == h.minor && type.equals(h.type)
                && Arrays.equals(shape, h.shape) && dataOffset == h.dataOffset;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return "NpyHeader[v" + major + "." + minor + ", " + type + ", shape " + shapeText(shape) + ", data at "
                + dataOffset + "]";
    }
}
