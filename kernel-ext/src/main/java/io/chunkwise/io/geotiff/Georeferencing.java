package io.chunkwise.io.geotiff;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads where an image sits on Earth from its tags: the affine geotransform (GDAL order) from
 * ModelTransformation or ModelTiepoint + ModelPixelScale, and the GDAL_NODATA value.
 */
final class Georeferencing {
    private Georeferencing() {
    }

    /**
     * The geotransform {@code [x0, dx, rot_row, y0, rot_col, dy]} of the image's top-left corner, as
     * GDAL reports it; {@code [0, 1, 0, 0, 0, 1]} when the file has none. PixelIsPoint rasters are
     * shifted by half a pixel to the corner convention, as GDAL does.
     */
    static double[] transform(TiffDirectory d, GeoKeys keys) {
        try {
            return readTransform(d, keys);
        } catch (GeoTiffFormatException e) {
            return new double[] {0, 1, 0, 0, 0, 1}; // georeferencing tags of the wrong type: pixels stay readable
        }
    }

    private static double[] readTransform(TiffDirectory d, GeoKeys keys) {
        double[] gt = null;
        if (d.count(TiffTag.MODEL_TRANSFORMATION) >= 16) {
            double[] m = d.doubles(TiffTag.MODEL_TRANSFORMATION, 16);
            gt = new double[] {m[3], m[0], m[1], m[7], m[4], m[5]};
        } else if (d.count(TiffTag.MODEL_TIEPOINT) >= 6 && d.count(TiffTag.MODEL_PIXEL_SCALE) >= 2) {
            double[] tp = d.doubles(TiffTag.MODEL_TIEPOINT, 6);
            double[] sc = d.doubles(TiffTag.MODEL_PIXEL_SCALE, 2);
            gt = new double[] {tp[3] - tp[0] * sc[0], sc[0], 0, tp[4] + tp[1] * sc[1], 0, -sc[1]};
        }
        if (gt == null) {
            return new double[] {0, 1, 0, 0, 0, 1};
        }
        if (keys.shortKey(GeoKeys.RASTER_TYPE) == GeoKeys.RASTER_PIXEL_IS_POINT) {
            gt[0] -= 0.5 * gt[1] + 0.5 * gt[2];
            gt[3] -= 0.5 * gt[4] + 0.5 * gt[5];
        }
        return gt;
    }

    /** The GDAL_NODATA value ("nan", "-9999", "inf"...), empty when absent or unreadable. */
    static OptionalDouble nodata(TiffDirectory d) {
        String s = d.ascii(TiffTag.GDAL_NODATA);
        return s == null ? OptionalDouble.empty() : parseNodata(s);
    }

    static OptionalDouble parseNodata(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "nan", "-nan", "+nan" -> {
                return OptionalDouble.of(Double.NaN);
            }
            case "inf", "+inf", "infinity" -> {
                return OptionalDouble.of(Double.POSITIVE_INFINITY);
            }
            case "-inf", "-infinity" -> {
                return OptionalDouble.of(Double.NEGATIVE_INFINITY);
            }
            default -> {
                try {
                    return OptionalDouble.of(Double.parseDouble(s));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
    }

    /** GDAL_NODATA text for a value: integers without a decimal point, NaN as "nan". */
    static String formatNodata(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
