package io.chunkwise.io.geotiff;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An open GeoTIFF: its metadata, read once when opened, and lazy access to its bands.
 *
 * <p>Opening reads only the header and the first image directory; pixels are decoded when a chunk
 * asks for them, tile by tile (or strip by strip), through a decoded-block cache of
 * {@link #DEFAULT_CACHE_BYTES} shared by every array made from this handle. The handle is
 * thread-safe. {@link #close} releases the file handle and the cache; arrays made from a closed
 * handle still work (the file is opened again when they read).
 *
 * <p>Reads classic TIFF and BigTIFF, either byte order, tiles and strips, pixel- and
 * band-interleaved, uncompressed, LZW, DEFLATE and PackBits, predictors 1-3, 8- to 64-bit
 * integers and 32/64-bit floats. Malformed files fail with {@link GeoTiffFormatException}, file
 * system problems with {@link GeoTiffIOException}, both naming the file.
 */
public final class GeoTiff implements AutoCloseable {
    /** Decoded blocks kept per open file. */
    public static final long DEFAULT_CACHE_BYTES = 48L << 20;

    private final Path path;
    private final FileAccess file;
    private final TiffLayout layout;
    private final GeoKeys geoKeys;
    private final double[] transform;
    private final OptionalDouble nodata;
    private final OptionalInt epsg;
    private final String wkt;
    private final TiffPixels pixels;

    private GeoTiff(Path path, FileAccess file, TiffLayout layout, GeoKeys geoKeys, double[] transform,
                    OptionalDouble nodata, long cacheBytes) {
        this.path = path;
        this.file = file;
        this.layout = layout;
        this.geoKeys = geoKeys;
        this.transform = transform;
        this.nodata = nodata;
        this.epsg = geoKeys.epsg();
        String citationWkt = geoKeys.citationWkt();
        this.wkt = epsg.isPresent() ? EpsgWkt.wkt(epsg.getAsInt()).orElse(citationWkt == null ? "" : citationWkt)
                : citationWkt == null ? "" : citationWkt;
        double fill = nodata.isPresent() && !Double.isNaN(nodata.getAsDouble()) ? nodata.getAsDouble() : 0;
        this.pixels = new TiffPixels(layout, new BlockDecoder(file, layout, fill), new BlockCache(cacheBytes));
    }

    /** Opens a GeoTIFF (or plain TIFF) and reads its metadata; no pixels are read. */
    public static GeoTiff open(Path path) {
        return open(path, DEFAULT_CACHE_BYTES);
    }

    /** As {@link #open(Path)}, with a decoded-block cache of {@code cacheBytes}. */
    public static GeoTiff open(Path path, long cacheBytes) {
        FileAccess file = FileAccess.open(path);
        try {
            TiffDirectory dir = TiffDirectory.read(file);
            TiffLayout layout = TiffLayout.from(dir);
            GeoKeys keys = GeoKeys.read(dir);
            return new GeoTiff(path, file, layout, keys, Georeferencing.transform(dir, keys),
                    Georeferencing.nodata(dir), cacheBytes);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /** Pixels per row. */
    public int width() {
        return layout.width();
    }

    /** Rows. */
    public int height() {
        return layout.height();
    }

    public int bandCount() {
        return layout.samplesPerPixel();
    }

    /** The sample type of every band. */
    public DType dtype() {
        return layout.dtype();
    }

    /** The native block: {rows, cols} of a tile, or of a strip (rows per strip, width). */
    public int[] blockShape() {
        return new int[] {layout.blockHeight(), layout.blockWidth()};
    }

    public boolean isTiled() {
        return layout.tiled();
    }

    public boolean isBigTiff() {
        return layout.bigTiff();
    }

    /** "PIXEL" when bands are interleaved pixel by pixel, "BAND" when stored as separate planes. */
    public String interleave() {
        return layout.planar() || layout.samplesPerPixel() == 1 ? "BAND" : "PIXEL";
    }

    /** "LZW", "DEFLATE", "PACKBITS" or "NONE". */
    public String compression() {
        return layout.compressionName();
    }

    /** The TIFF Predictor tag: 1 none, 2 horizontal, 3 floating point. */
    public int predictor() {
        return layout.predictor();
    }

    /** The EPSG code of the CRS, from the GeoKeys (or a citation naming a known CRS). */
    public OptionalInt epsg() {
        return epsg;
    }

    /**
     * The CRS as WKT1 (GDAL spelling) when derivable: built from the EPSG code for the common CRSs
     * (see {@code EpsgWkt}), or taken from a WKT stored in a citation key; empty otherwise.
     */
    public String crsWkt() {
        return wkt;
    }

    /** The affine geotransform in GDAL order: {x0, pixel width, row rotation, y0, column rotation, pixel height}. */
    public double[] transform() {
        return transform.clone();
    }

    /** The GDAL_NODATA value (possibly NaN), empty when the file declares none. */
    public OptionalDouble nodata() {
        return nodata;
    }

    /** The lazy source of band {@code b} (1-based), a 2-D (row, col) ChunkSource. */
    public GeoTiffSource source(int band) {
        checkBand(band);
        return new GeoTiffSource(this, band);
    }

    /** The lazy source of all bands as a 3-D (band, row, col) ChunkSource. */
    public GeoTiffSource source() {
        return new GeoTiffSource(this, 0);
    }

    /**
     * Band {@code b} (1-based) with nodata pixels replaced by NaN, as a ChunkSource: 8- and 16-bit
     * integers become FLOAT32, 32- and 64-bit integers FLOAT64 (float32 would round them), floats
     * keep their type. Without a nodata value only the type changes.
     */
    public ChunkSource maskedSource(int band) {
        return new GeoTiffMaskedSource(source(band), nodata);
    }

    /**
     * Band {@code b} (1-based) as a lazy 2-D (row, col) array whose chunks are whole multiples of
     * the file's tiles or strips (about {@link Chunks#AUTO_TARGET_BYTES} each).
     */
    public ChunkedArray band(int band) {
        return ChunkedArray.fromSource(source(band));
    }

    /** Band {@code b} (1-based) as a lazy array with the given chunks (one per axis, or one for both; -1 = whole axis). */
    public ChunkedArray band(int band, int... chunks) {
        return ChunkedArray.fromSource(source(band), chunks);
    }

    /** All bands as a lazy 3-D (band, row, col) array, chunks aligned to the file's blocks. */
    public ChunkedArray bands() {
        return ChunkedArray.fromSource(source());
    }

    /** All bands as a lazy 3-D (band, row, col) array with the given chunks. */
    public ChunkedArray bands(int... chunks) {
        return ChunkedArray.fromSource(source(), chunks);
    }

    /**
     * Band {@code b} (1-based) with nodata pixels as NaN, lazily (see {@link #maskedSource}): ready
     * for {@code nanmean()} and friends.
     */
    public ChunkedArray maskedBand(int band) {
        return ChunkedArray.fromSource(maskedSource(band));
    }

    /** As {@link #maskedBand(int)}, with the given chunks. */
    public ChunkedArray maskedBand(int band, int... chunks) {
        return ChunkedArray.fromSource(maskedSource(band), chunks);
    }

    /** Reads band {@code b} (1-based) into memory at once. */
    public DenseArray readBand(int band) {
        GeoTiffSource src = source(band);
        long n = (long) width() * height();
        if (n > Chunks.MAX_CHUNK_ELEMENTS) {
            throw new IllegalArgumentException(path + ": band " + band + " has " + n + " pixels, more than one Java "
                    + "array holds (" + Chunks.MAX_CHUNK_ELEMENTS + "); use band(" + band + ") and compute chunk-wise");
        }
        Object data = src.read(new Region(new long[] {0, 0}, new int[] {height(), width()}));
        return DenseArray.of(data, dtype(), height(), width());
    }

    void checkBand(int band) {
        if (band < 1 || band > bandCount()) {
            throw new IllegalArgumentException(path + ": band " + band + " does not exist; valid bands are 1.."
                    + bandCount() + " (bands are numbered from 1, as in GDAL)");
        }
    }

    TiffPixels pixels() {
        return pixels;
    }

    GeoKeys geoKeys() {
        return geoKeys;
    }

    /** Bytes of decoded blocks held in this file's cache now. */
    public long cachedBytes() {
        return pixels.cache().bytes();
    }

    /** Releases the file handle and the decoded-block cache. */
    @Override
    public void close() {
        file.close();
        pixels.cache().clear();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GeoTiff[%s: %d x %d, %d band%s %s, %s %dx%d, %s%s%s]",
                path.getFileName(), width(), height(), bandCount(), bandCount() == 1 ? "" : "s", dtype(),
                isTiled() ? "tiles" : "strips", layout.blockWidth(), layout.blockHeight(), compression(),
                epsg.isPresent() ? ", EPSG:" + epsg.getAsInt() : "",
                nodata.isPresent() ? ", nodata " + nodata.getAsDouble() : "");
    }
}
