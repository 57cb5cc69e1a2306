package io.chunkwise.io.geotiff;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The GeoTIFF GeoKey directory (tags 34735, 34736, 34737): key id to value, as stored.
 *
 * <p>Parsing is lenient: keys that point outside their value tags are skipped, because a bad key
 * should not keep the pixels from being read. The raw arrays are kept so a writer can copy the
 * coordinate reference system verbatim.
 */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int CITATION = 1026;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int GEOG_CITATION = 2049;
    static final int PROJECTED_CS_TYPE = 3072;
    static final int PCS_CITATION = 3073;
    static final int PROJ_LINEAR_UNITS = 3076;
    static final int USER_DEFINED = 32767;

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_POINT = 2;

    static final GeoKeys NONE = new GeoKeys(new int[0], new double[0], "", Map.of());

    private final int[] directory;
    private final double[] doubles;
    private final String ascii;
    private final Map<Integer, Object> values;

    private GeoKeys(int[] directory, double[] doubles, String ascii, Map<Integer, Object> values) {
        this.directory = directory;
        this.doubles = doubles;
        this.ascii = ascii;
        this.values = values;
    }

    /** Reads the GeoKeys of a directory, or {@link #NONE} when it has none. */
    static GeoKeys read(TiffDirectory d) {
        if (!d.has(TiffTag.GEO_KEY_DIRECTORY) || d.count(TiffTag.GEO_KEY_DIRECTORY) < 4) {
            return NONE;
        }
        try {
            return readKeys(d);
        } catch (GeoTiffFormatException e) {
            return NONE; // GeoKey tags of the wrong type: the pixels stay readable, without a CRS
        }
    }

    private static GeoKeys readKeys(TiffDirectory d) {
        int n = (int) Math.min(d.count(TiffTag.GEO_KEY_DIRECTORY), 4 + 4L * 4096);
        long[] raw = d.longs(TiffTag.GEO_KEY_DIRECTORY, n);
        int[] dir = new int[n];
        for (int i = 0; i < n; i++) {
            dir[i] = (int) raw[i];
        }
        double[] dbl = d.has(TiffTag.GEO_DOUBLE_PARAMS)
                ? d.doubles(TiffTag.GEO_DOUBLE_PARAMS, (int) Math.min(d.count(TiffTag.GEO_DOUBLE_PARAMS), 1 << 16))
                : new double[0];
        String asc = d.has(TiffTag.GEO_ASCII_PARAMS) ? d.ascii(TiffTag.GEO_ASCII_PARAMS) : "";
        return of(dir, dbl, asc);
    }

    /** Builds the key map from raw tag values. */
    static GeoKeys of(int[] dir, double[] dbl, String asc) {
        Map<Integer, Object> values = new LinkedHashMap<>();
        int keys = Math.min(dir.length >= 4 ? dir[3] : 0, (dir.length - 4) / 4);
        for (int k = 0; k < keys; k++) {
            int id = dir[4 + 4 * k];
            int loc = dir[5 + 4 * k];
            int count = dir[6 + 4 * k];
            int off = dir[7 + 4 * k];
            if (loc == 0) {
                values.put(id, off);
            } else if (loc == TiffTag.GEO_DOUBLE_PARAMS && off >= 0 && count > 0 && off + count <= dbl.length) {
                values.put(id, Arrays.copyOfRange(dbl, off, off + count));
            } else if (loc == TiffTag.GEO_ASCII_PARAMS && off >= 0 && count > 0 && off + count <= asc.length()) {
                String s = asc.substring(off, off + count);
                values.put(id, s.endsWith("|") ? s.substring(0, s.length() - 1) : s);
            } else if (loc == TiffTag.GEO_KEY_DIRECTORY && off >= 0 && count == 1 && off < dir.length) {
                values.put(id, dir[off]);
            }
        }
        return new GeoKeys(dir, dbl, asc, values);
    }

    /**
     * The keys GDAL needs to recognise an EPSG code: model type, PixelIsArea, and the projected
     * (or, for a geographic code, geographic) CRS type.
     */
    static GeoKeys forEpsg(int code) {
        if (code < 1 || code >= USER_DEFINED) {
            throw new IllegalArgumentException("EPSG code " + code + " is out of range; expected 1.." + (USER_DEFINED - 1));
        }
        boolean geographic = EpsgWkt.isGeographic(code);
        int[] dir = {1, 1, 0, 3,
            MODEL_TYPE, 0, 1, geographic ? MODEL_GEOGRAPHIC : MODEL_PROJECTED,
            RASTER_TYPE, 0, 1, 1,
            geographic ? GEOGRAPHIC_TYPE : PROJECTED_CS_TYPE, 0, 1, code};
        return of(dir, new double[0], "");
    }

    /** These keys with GTRasterTypeGeoKey set to PixelIsArea (the convention the writer's transform uses). */
    GeoKeys asPixelIsArea() {
        int[] dir = directory.clone();
        int keys = Math.min(dir.length >= 4 ? dir[3] : 0, (dir.length - 4) / 4);
        for (int k = 0; k < keys; k++) {
            if (dir[4 + 4 * k] == RASTER_TYPE && dir[5 + 4 * k] == 0) {
                dir[7 + 4 * k] = 1;
            }
        }
        return of(dir, doubles, ascii);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** A SHORT-valued key, or -1 when absent. */
    int shortKey(int id) {
        return values.get(id) instanceof Integer i ? i : -1;
    }

    /** An ASCII-valued key, or null when absent. */
    String asciiKey(int id) {
        return values.get(id) instanceof String s ? s : null;
    }

    /** The EPSG code of the CRS: ProjectedCSType, else GeographicType, else one named by a citation. */
    OptionalInt epsg() {
        int pcs = shortKey(PROJECTED_CS_TYPE);
        if (pcs > 0 && pcs < USER_DEFINED) {
            return OptionalInt.of(pcs);
        }
        int gcs = shortKey(GEOGRAPHIC_TYPE);
        if (shortKey(MODEL_TYPE) != MODEL_PROJECTED && gcs > 0 && gcs < USER_DEFINED) {
            return OptionalInt.of(gcs);
        }
        String wkt = citationWkt();
        if (wkt != null) {
            return EpsgWkt.authorityCode(wkt);
        }
        for (int key : new int[] {PCS_CITATION, CITATION, GEOG_CITATION}) {
            String name = asciiKey(key);
            OptionalInt code = name == null ? OptionalInt.empty() : EpsgWkt.codeForName(name);
            if (code.isPresent()) {
                return code;
            }
        }
        return OptionalInt.empty();
    }

    /** A WKT some writers (ESRI, older GDAL) put into a citation key, or null. */
    String citationWkt() {
        for (int key : new int[] {PCS_CITATION, CITATION, GEOG_CITATION}) {
            String c = asciiKey(key);
            if (c == null) {
                continue;
            }
            int at = Math.max(c.indexOf("PROJCS["), -1);
            at = at >= 0 ? at : c.indexOf("GEOGCS[");
            if (at >= 0) {
                return c.substring(at).trim();
            }
        }
        return null;
    }

    /** The raw GeoKeyDirectory values, for copying. */
    int[] directory() {
        return directory.clone();
    }

    /** The raw GeoDoubleParams values, for copying. */
    double[] doubles() {
        return doubles.clone();
    }

    /** The raw GeoAsciiParams text, for copying. */
    String ascii() {
        return ascii;
    }

    @Override
    public String toString() {
        return "GeoKeys" + values;
    }
}
