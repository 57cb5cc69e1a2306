package io.chunkwise.io.zarr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * How Zarr chunk files are compressed: not at all, or with numcodecs' {@code zlib} or {@code gzip}
 * codec at a level from 0 (store) to 9 (smallest).
 */
public record ZarrCompression(Codec codec, int level) {
    /** The codecs supported. */
    public enum Codec { NONE, ZLIB, GZIP }

    /** Raw chunk bytes. */
    public static final ZarrCompression NONE = new ZarrCompression(Codec.NONE, 0);

    public ZarrCompression {
        if (codec == null || level < 0 || level > 9 || codec == Codec.NONE && level != 0) {
            throw new IllegalArgumentException("compression " + codec + " level " + level
                    + " is invalid; use ZarrCompression.NONE, zlib(0..9) or gzip(0..9)");
        }
    }

    /** numcodecs' {@code Zlib(level)}: a zlib stream (RFC 1950). */
    public static ZarrCompression zlib(int level) {
        return new ZarrCompression(Codec.ZLIB, level);
    }

    /** numcodecs' {@code GZip(level)}: a gzip member (RFC 1952). */
    public static ZarrCompression gzip(int level) {
        return new ZarrCompression(Codec.GZIP, level);
    }

    /** The {@code compressor} entry of {@code .zarray}: {@code null} or {@code {"id": "zlib", "level": 1}}. */
    public String toJson() {
        return codec == Codec.NONE ? "null"
                : "{\"id\": \"" + codec.name().toLowerCase(java.util.Locale.ROOT) + "\", \"level\": " + level + "}";
    }

    /** Compresses one chunk's bytes. */
    byte[] compress(byte[] raw) {
        switch (codec) {
            case NONE:
                return raw;
            case ZLIB: {
                Deflater deflater = new Deflater(level);
                try {
                    deflater.setInput(raw);
                    deflater.finish();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
                    byte[] buf = new byte[64 * 1024];
                    while (!deflater.finished()) {
                        out.write(buf, 0, deflater.deflate(buf));
                    }
                    return out.toByteArray();
                } finally {
                    deflater.end();
                }
            }
            default: {
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                    {
                        def.setLevel(level);
                    }
                }) {
                    gz.write(raw);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // in-memory streams do not fail
                }
                return out.toByteArray();
            }
        }
    }

    /**
     * Decompresses one chunk file's bytes, which must give exactly {@code expected} bytes.
     *
     * @throws DataFormatException naming the problem, when the data is corrupt or the wrong length
     */
    byte[] decompress(byte[] data, int expected) throws DataFormatException {
        byte[] out;
        switch (codec) {
            case NONE:
                out = data;
                break;
            case ZLIB: {
                Inflater inflater = new Inflater();
                try {
                    inflater.setInput(data);
                    out = new byte[expected];
                    int n = 0;
                    while (n < expected && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        n += inflater.inflate(out, n, expected - n);
                    }
                    if (n < expected) {
                        throw new DataFormatException("the zlib stream ends after " + n + " bytes");
                    }
                    if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                        throw new DataFormatException("the zlib stream holds more than " + expected + " bytes");
                    }
                } finally {
                    inflater.end();
                }
                break;
            }
            default:
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
                    out = in.readNBytes(expected);
                    if (out.length == expected && in.read() >= 0) {
                        throw new DataFormatException("the gzip stream holds more than " + expected + " bytes");
                    }
                } catch (IOException e) {
                    throw new DataFormatException("gzip error: " + e.getMessage());
                }
        }
        if (out.length != expected) {
            throw new DataFormatException((codec == Codec.NONE ? "the file holds " : "the data decompresses to ")
                    + out.length + " bytes");
        }
        return out;
    }

    @Override
    public String toString() {
        return codec == Codec.NONE ? "none" : codec.name().toLowerCase(java.util.Locale.ROOT) + "(level " + level + ")";
    }
}
