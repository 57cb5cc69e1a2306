package io.chunkwise.io.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The first image file directory (IFD) of a classic TIFF or BigTIFF: its entries by tag and
 * typed, bounds-checked reads of their values.
 *
 * <p>Every count and offset read from the file is checked against the file's length before
 * anything is allocated, so a corrupt header fails with a {@link GeoTiffFormatException} rather
 * than an out-of-memory error.
 */
final class TiffDirectory {
    /** Directories with more entries than this are rejected (real files have a few dozen). */
    static final int MAX_ENTRIES = 4096;

    /** One IFD entry: tag, field type, value count, and where its value bytes are. */
    record Entry(int tag, int type, long count, long valuePos, byte[] inline) {
    }

    private final FileAccess file;
    private final ByteOrder order;
    private final boolean bigTiff;
    private final Map<Integer, Entry> entries;

    private TiffDirectory(FileAccess file, ByteOrder order, boolean bigTiff, Map<Integer, Entry> entries) {
        this.file = file;
        this.order = order;
        this.bigTiff = bigTiff;
        this.entries = entries;
    }

    /** Reads and checks the header and the first IFD. */
    static TiffDirectory read(FileAccess file) {
        Path p = file.path();
        long size = file.size();
        if (size == 0) {
            throw new GeoTiffFormatException(p, "the file is empty (0 bytes), expected a TIFF; re-create or re-download it");
        }
        byte[] head = bytes(file, 0, (int) Math.min(16, size), "the header");
        if (size < 8 || !((head[0] == 'I' && head[1] == 'I') || (head[0] == 'M' && head[1] == 'M'))) {
            throw new GeoTiffFormatException(p, "not a TIFF file: it starts with " + describe(head)
                    + " but a TIFF starts with \"II*\\0\" or \"MM\\0*\" (" + size
                    + " bytes); check that the file is a GeoTIFF and not another format");
        }
        ByteOrder order = head[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer hb = ByteBuffer.wrap(head).order(order);
        int magic = hb.getShort(2) & 0xFFFF;
        boolean big;
        long ifd;
        if (magic == 42) {
            big = false;
            ifd = hb.getInt(4) & 0xFFFF_FFFFL;
        } else if (magic == 43) {
            if (size < 16 || hb.getShort(4) != 8 || hb.getShort(6) != 0) {
                throw new GeoTiffFormatException(p, "corrupt BigTIFF header: expected offset size 8 and 16 header bytes");
            }
            big = true;
            ifd = hb.getLong(8);
        } else {
            throw new GeoTiffFormatException(p, "not a TIFF file: version number " + magic
                    + " where a TIFF has 42 (classic) or 43 (BigTIFF)");
        }
        int countSize = big ? 8 : 2;
        int entrySize = big ? 20 : 12;
        if (ifd < 8 || ifd > size - countSize) {
            throw new GeoTiffFormatException(p, "the first image directory offset " + ifd
                    + " lies outside the file (" + size + " bytes); the file is truncated or corrupt");
        }
        ByteBuffer cb = ByteBuffer.wrap(bytes(file, ifd, countSize, "the directory")).order(order);
        long n = big ? cb.getLong(0) : cb.getShort(0) & 0xFFFF;
        if (n <= 0 || n > MAX_ENTRIES) {
            throw new GeoTiffFormatException(p, "the first image directory claims " + n
                    + " entries; expected 1.." + MAX_ENTRIES + ": the file is corrupt");
        }
        if (n * entrySize > size - ifd - countSize) {
            throw new GeoTiffFormatException(p, "the first image directory (" + n + " entries at offset " + ifd
                    + ") runs past the end of the file (" + size + " bytes): the file is truncated");
        }
        ByteBuffer eb = ByteBuffer.wrap(bytes(file, ifd + countSize, (int) n * entrySize, "the directory")).order(order);
        Map<Integer, Entry> entries = new HashMap<>();
        int inlineBytes = big ? 8 : 4;
        for (int i = 0; i < n; i++) {
            int at = i * entrySize;
            int tag = eb.getShort(at) & 0xFFFF;
            int type = eb.getShort(at + 2) & 0xFFFF;
            long count = big ? eb.getLong(at + 4) : eb.getInt(at + 4) & 0xFFFF_FFFFL;
            int ts = TiffTag.typeSize(type);
            if (ts == 0 || entries.containsKey(tag)) {
                continue; // unknown field types are skipped, as the TIFF spec asks; first duplicate wins
            }
            if (count < 0 || count > size / ts) {
                throw new GeoTiffFormatException(p, TiffTag.name(tag) + " claims " + Long.toUnsignedString(count)
                        + " values, more than the whole file (" + size + " bytes) holds: the file is corrupt");
            }
            int valueAt = at + (big ? 12 : 8);
            long bytes = count * ts;
            if (bytes <= inlineBytes) {
                byte[] inline = new byte[(int) bytes];
                eb.get(valueAt, inline);
                entries.put(tag, new Entry(tag, type, count, -1, inline));
            } else {
                long pos = big ? eb.getLong(valueAt) : eb.getInt(valueAt) & 0xFFFF_FFFFL;
                if (pos < 0 || pos > size - bytes) {
                    throw new GeoTiffFormatException(p, "the values of " + TiffTag.name(tag) + " (" + bytes
                            + " bytes at offset " + pos + ") run past the end of the file (" + size
                            + " bytes): the file is truncated or corrupt");
                }
                entries.put(tag, new Entry(tag, type, count, pos, null));
            }
        }
        return new TiffDirectory(file, order, big, entries);
    }

    private static String describe(byte[] head) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(4, head.length); i++) {
            hex.append(String.format("%02X ", head[i] & 0xFF));
            char c = (char) (head[i] & 0xFF);
            text.append(c >= 32 && c < 127 ? c : '.');
        }
        return "bytes " + hex.toString().trim() + " (\"" + text + "\")";
    }

    private static byte[] bytes(FileAccess file, long pos, int len, String what) {
        byte[] b = new byte[len];
        try {
            int n = file.read(pos, b, 0, len);
            if (n < len) {
                throw new GeoTiffFormatException(file.path(), what + " at offset " + pos
                        + " runs past the end of the file (" + file.size() + " bytes): the file is truncated");
            }
        } catch (IOException e) {
            throw new GeoTiffIOException(file.path(), "cannot read " + what + " at offset " + pos, e);
        }
        return b;
    }

    ByteOrder order() {
        return order;
    }

    boolean bigTiff() {
        return bigTiff;
    }

    Path path() {
        return file.path();
    }

    boolean has(int tag) {
        return entries.containsKey(tag);
    }

    /** Number of values of a tag, 0 when absent. */
    long count(int tag) {
        Entry e = entries.get(tag);
        return e == null ? 0 : e.count();
    }

    /** A tag's first value as an integer, or {@code dflt} when absent. */
    long single(int tag, long dflt) {
        return has(tag) ? longs(tag, 1)[0] : dflt;
    }

    /** The first {@code n} values of an integer tag, which must hold at least {@code n}. */
    long[] longs(int tag, int n) {
        Entry e = require(tag, n);
        ByteBuffer b = values(e, n);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = switch (e.type()) {
                case 1, 7 -> b.get(i) & 0xFF;
                case 6 -> b.get(i);
                case 3 -> b.getShort(2 * i) & 0xFFFF;
                case 8 -> b.getShort(2 * i);
                case 4, 13 -> b.getInt(4 * i) & 0xFFFF_FFFFL;
                case 9 -> b.getInt(4 * i);
                case 16, 17, 18 -> b.getLong(8 * i);
                case 11 -> (long) b.getFloat(4 * i);
                case 12 -> (long) b.getDouble(8 * i);
                default -> throw new GeoTiffFormatException(path(), TiffTag.name(tag)
                        + " has field type " + e.type() + " where integers were expected");
            };
        }
        return out;
    }

    /** The first {@code n} values of a numeric tag as doubles. */
    double[] doubles(int tag, int n) {
        Entry e = require(tag, n);
        if (e.type() != 11 && e.type() != 12) {
            long[] l = longs(tag, n);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = l[i];
            }
            return d;
        }
        ByteBuffer b = values(e, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = e.type() == 11 ? b.getFloat(4 * i) : b.getDouble(8 * i);
        }
        return out;
    }

    /** An ASCII tag's text up to its first NUL, or null when absent. */
    String ascii(int tag) {
        Entry e = entries.get(tag);
        if (e == null) {
            return null;
        }
        ByteBuffer b = values(e, (int) Math.min(e.count(), 1 << 20));
        byte[] raw = new byte[b.remaining()];
        b.get(raw);
        int len = 0;
        while (len < raw.length && raw[len] != 0) {
            len++;
        }
        return new String(raw, 0, len, StandardCharsets.ISO_8859_1);
    }

    private Entry require(int tag, long n) {
        Entry e = entries.get(tag);
        if (e == null) {
            throw new GeoTiffFormatException(path(), "the required tag " + TiffTag.name(tag) + " is missing");
        }
        if (e.count() < n) {
            throw new GeoTiffFormatException(path(), TiffTag.name(tag) + " holds " + e.count()
                    + " values but " + n + " are needed: the file is corrupt");
        }
        return e;
    }

    private ByteBuffer values(Entry e, int n) {
        long want = (long) n * TiffTag.typeSize(e.type());
        if (want > Integer.MAX_VALUE - 8) {
            throw new GeoTiffFormatException(path(), TiffTag.name(e.tag()) + " holds " + n
                    + " values, too many to read into memory: the file is corrupt or unsupported");
        }
        int len = (int) want;
        byte[] b = e.inline() != null ? e.inline() : bytes(file, e.valuePos(), len, "the values of " + TiffTag.name(e.tag()));
        return ByteBuffer.wrap(b, 0, len).order(order);
    }
}
