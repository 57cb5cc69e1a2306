package io.chunkwise.io.geotiff;

import io.chunkwise.array.DType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How {@link GeoTiffWriter} writes a file: compression, predictor, tile size, georeferencing,
 * nodata and BigTIFF. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: DEFLATE (level 6), predictor chosen per type (2 for integers, 3 for floats, none
 * when uncompressed), 256 x 256 tiles, no georeferencing, no nodata, BigTIFF only when the file
 * would pass 4 GiB.
 */
public final class GeoTiffWriteOptions {
    /** Tile compression. */
    public enum Compression { DEFLATE, LZW, NONE }

    /** Whether to write a BigTIFF: when needed (AUTO), always (YES) or never (NO: fails past 4 GiB). */
    public enum BigTiff { AUTO, YES, NO }

    private final Compression compression;
    private final int predictor;
    private final int tileRows;
    private final int tileCols;
    private final int deflateLevel;
    private final GeoKeys geoKeys;
    private final double[] transform;
    private final OptionalDouble nodata;
    private final BigTiff bigTiff;

    private GeoTiffWriteOptions(Builder b) {
        this.compression = b.compression;
        this.predictor = b.predictor;
        this.tileRows = b.tileRows;
        this.tileCols = b.tileCols;
        this.deflateLevel = b.deflateLevel;
        this.geoKeys = b.geoKeys;
        this.transform = b.transform;
        this.nodata = b.nodata;
        this.bigTiff = b.bigTiff;
    }

    /** The defaults (see the class comment). */
    public static GeoTiffWriteOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.compression = compression;
        b.predictor = predictor;
        b.tileRows = tileRows;
        b.tileCols = tileCols;
        b.deflateLevel = deflateLevel;
        b.geoKeys = geoKeys;
        b.transform = transform;
        b.nodata = nodata;
        b.bigTiff = bigTiff;
        return b;
    }

    public Compression compression() {
        return compression;
    }

    /** The predictor asked for: 1, 2 or 3, or 0 for "choose per type". */
    public int predictor() {
        return predictor;
    }

    /**
     * The predictor used for {@code dtype}: the one asked for, or by default 2 for integers and 3 for
     * floats (1 when uncompressed). Fails when the asked-for predictor does not suit the type.
     */
    public int predictorFor(DType dtype) {
        if (predictor == 0) {
            return compression == Compression.NONE ? 1 : dtype.isFloat() ? 3 : 2;
        }
        if (predictor == 3 && !dtype.isFloat() || predictor == 2 && dtype.isFloat()) {
            throw new IllegalArgumentException("predictor " + predictor + " does not suit " + dtype + " data; use "
                    + (dtype.isFloat() ? "3 (floating point)" : "2 (horizontal)") + " or 1 (none)");
        }
        return predictor;
    }

    /** The tile shape {rows, cols}. */
    public int[] tileShape() {
        return new int[] {tileRows, tileCols};
    }

    public int deflateLevel() {
        return deflateLevel;
    }

    /** The geotransform to write (GDAL order), if any. */
    public Optional<double[]> transform() {
        return Optional.ofNullable(transform).map(double[]::clone);
    }

    /** The nodata value to write as GDAL_NODATA, if any. */
    public OptionalDouble nodata() {
        return nodata;
    }

    public BigTiff bigTiff() {
        return bigTiff;
    }

    GeoKeys geoKeys() {
        return geoKeys;
    }

    @Override
    public String toString() {
        return "GeoTiffWriteOptions[" + compression + ", predictor " + (predictor == 0 ? "auto" : predictor)
                + ", tiles " + tileRows + "x" + tileCols + (geoKeys.isEmpty() ? "" : ", " + geoKeys.epsg().stream()
                .mapToObj(c -> "EPSG:" + c).findFirst().orElse("CRS"))
                + (transform == null ? "" : ", transform " + Arrays.toString(transform))
                + (nodata.isPresent() ? ", nodata " + nodata.getAsDouble() : "") + ", BigTIFF " + bigTiff + "]";
    }

    /** Builds {@link GeoTiffWriteOptions}; every setter checks its value. */
    public static final class Builder {
        private Compression compression = Compression.DEFLATE;
        private int predictor;
        private int tileRows = 256;
        private int tileCols = 256;
        private int deflateLevel = 6;
        private GeoKeys geoKeys = GeoKeys.NONE;
        private double[] transform;
        private OptionalDouble nodata = OptionalDouble.empty();
        private BigTiff bigTiff = BigTiff.AUTO;

        private Builder() {
        }

        public Builder compression(Compression c) {
            this.compression = java.util.Objects.requireNonNull(c, "compression");
            return this;
        }

        /** "deflate", "lzw" or "none", any case. */
        public Builder compression(String name) {
            try {
                return compression(Compression.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown GeoTIFF compression '" + name
                        + "'; expected one of " + Arrays.toString(Compression.values()), e);
            }
        }

        /** 1 (none), 2 (horizontal, integers) or 3 (floating point, floats); 0 = choose per type. */
        public Builder predictor(int p) {
            if (p < 0 || p > 3) {
                throw new IllegalArgumentException("predictor " + p + " is not a TIFF predictor; expected 1 (none), "
                        + "2 (horizontal), 3 (floating point) or 0 (choose per type)");
            }
            this.predictor = p;
            return this;
        }

        /** Square tiles of {@code size} (a multiple of 16). */
        public Builder tileSize(int size) {
            return tileSize(size, size);
        }

        /** Tiles of {@code rows} x {@code cols}, each a multiple of 16 as TIFF requires. */
        public Builder tileSize(int rows, int cols) {
            if (rows < 16 || cols < 16 || rows % 16 != 0 || cols % 16 != 0 || (long) rows * cols > 1 << 24) {
                throw new IllegalArgumentException("tile size " + rows + " x " + cols + " is invalid; TIFF tiles are "
                        + "multiples of 16 on each side (e.g. 256 or 512), at most 16M pixels");
            }
            this.tileRows = rows;
            this.tileCols = cols;
            return this;
        }

        /** DEFLATE level 1 (fastest) to 9 (smallest). */
        public Builder deflateLevel(int level) {
            if (level < 1 || level > 9) {
                throw new IllegalArgumentException("DEFLATE level " + level + " is invalid; expected 1..9");
            }
            this.deflateLevel = level;
            return this;
        }

        /** Copies the CRS GeoKeys, geotransform and nodata of an open GeoTIFF (what GDAL calls its georeferencing). */
        public Builder copyGeoreferencingFrom(GeoTiff source) {
            this.geoKeys = source.geoKeys().asPixelIsArea();
            double[] gt = source.transform();
            this.transform = Arrays.equals(gt, new double[] {0, 1, 0, 0, 0, 1}) ? null : gt;
            this.nodata = source.nodata();
            return this;
        }

        /** The CRS as an EPSG code, e.g. 32633 for UTM zone 33N. */
        public Builder epsg(int code) {
            this.geoKeys = GeoKeys.forEpsg(code);
            return this;
        }

        /** The geotransform in GDAL order {x0, pixel width, row rotation, y0, column rotation, pixel height}. */
        public Builder transform(double... gt) {
            if (gt.length != 6 || Arrays.stream(gt).anyMatch(v -> !Double.isFinite(v)) || gt[1] == 0 || gt[5] == 0) {
                throw new IllegalArgumentException("geotransform " + Arrays.toString(gt) + " is invalid; expected 6 "
                        + "finite numbers {x0, pixel width, row rotation, y0, column rotation, pixel height} with "
                        + "non-zero pixel sizes");
            }
            this.transform = gt.clone();
            return this;
        }

        /** The nodata value (NaN allowed), written as GDAL_NODATA. */
        public Builder nodata(double value) {
            this.nodata = OptionalDouble.of(value);
            return this;
        }

        /** No nodata value. */
        public Builder noNodata() {
            this.nodata = OptionalDouble.empty();
            return this;
        }

        public Builder bigTiff(BigTiff b) {
            this.bigTiff = java.util.Objects.requireNonNull(b, "bigTiff");
            return this;
        }

        public GeoTiffWriteOptions build() {
            return new GeoTiffWriteOptions(this);
        }
    }
}
