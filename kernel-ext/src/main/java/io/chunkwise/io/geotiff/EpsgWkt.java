package io.chunkwise.io.geotiff;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WKT1 (in GDAL's "WKT1_GDAL" spelling) for the EPSG codes most rasters use, built from a small
 * table of datums and projections rather than the EPSG database: WGS 84, ETRS89, NAD83, NAD27,
 * GDA94 and RGF93 geographic CRSs; UTM zones on WGS 84 (north and south), ETRS89, NAD83, NAD27 and
 * GDA94 (MGA); Web Mercator (3857), LAEA Europe (3035), LCC Europe (3034) and Lambert-93 (2154).
 * The strings equal what GDAL 3.6 prints for these codes.
 */
final class EpsgWkt {
    private record Geog(int code, String name, String datum, int datumCode, String spheroid, String a,
                        String invf, int spheroidCode) {
    }

    private static final Map<Integer, Geog> GEOG = new HashMap<>();

    static {
        geog(4326, "WGS 84", "WGS_1984", 6326, "WGS 84", "6378137", "298.257223563", 7030);
        geog(4258, "ETRS89", "European_Terrestrial_Reference_System_1989", 6258, "GRS 1980", "6378137",
                "298.257222101", 7019);
        geog(4269, "NAD83", "North_American_Datum_1983", 6269, "GRS 1980", "6378137", "298.257222101", 7019);
        geog(4267, "NAD27", "North_American_Datum_1927", 6267, "Clarke 1866", "6378206.4", "294.978698213898", 7008);
        geog(4283, "GDA94", "Geocentric_Datum_of_Australia_1994", 6283, "GRS 1980", "6378137", "298.257222101", 7019);
        geog(4171, "RGF93 v1", "Reseau_Geodesique_Francais_1993_v1", 6171, "GRS 1980", "6378137",
                "298.257222101", 7019);
    }

    private static void geog(int code, String name, String datum, int dc, String sph, String a, String invf, int sc) {
        GEOG.put(code, new Geog(code, name, datum, dc, sph, a, invf, sc));
    }

    private EpsgWkt() {
    }

    /** The WKT1 of an EPSG code, when the code is in the table. */
    static Optional<String> wkt(int code) {
        Geog g = GEOG.get(code);
        if (g != null) {
            return Optional.of(geogcs(g, true));
        }
        int[] utm = utm(code);
        if (utm != null) {
            Geog base = GEOG.get(utm[0]);
            int zone = utm[1];
            boolean south = utm[2] == 1;
            String name = utmName(code, base, zone, south);
            return Optional.of(projcs(name, base, "Transverse_Mercator", new Object[] {
                "latitude_of_origin", 0, "central_meridian", zone * 6 - 183, "scale_factor", 0.9996,
                "false_easting", 500000, "false_northing", south ? 10000000 : 0}, false, "", code));
        }
        return switch (code) {
            case 3857 -> Optional.of(projcs("WGS 84 / Pseudo-Mercator", GEOG.get(4326), "Mercator_1SP", new Object[] {
                "central_meridian", 0, "scale_factor", 1, "false_easting", 0, "false_northing", 0}, false,
                    "EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1"
                    + " +units=m +nadgrids=@null +wktext +no_defs\"],", code));
            case 3035 -> Optional.of(projcs("ETRS89-extended / LAEA Europe", GEOG.get(4258),
                    "Lambert_Azimuthal_Equal_Area", new Object[] {"latitude_of_center", 52, "longitude_of_center", 10,
                        "false_easting", 4321000, "false_northing", 3210000}, true, "", code));
            case 3034 -> Optional.of(projcs("ETRS89-extended / LCC Europe", GEOG.get(4258),
                    "Lambert_Conformal_Conic_2SP", new Object[] {"latitude_of_origin", 52, "central_meridian", 10,
                        "standard_parallel_1", 35, "standard_parallel_2", 65, "false_easting", 4000000,
                        "false_northing", 2800000}, true, "", code));
            case 2154 -> Optional.of(projcs("RGF93 v1 / Lambert-93", GEOG.get(4171), "Lambert_Conformal_Conic_2SP",
                    new Object[] {"latitude_of_origin", 46.5, "central_meridian", 3, "standard_parallel_1", 49,
                        "standard_parallel_2", 44, "false_easting", 700000, "false_northing", 6600000}, false, "", code));
            default -> Optional.empty();
        };
    }

    /** True when the code is a geographic (latitude/longitude) CRS of the table. */
    static boolean isGeographic(int code) {
        return GEOG.containsKey(code) || (code >= 4000 && code < 5000);
    }

    /** Every code the table knows, for tests and documentation. */
    static int[] knownCodes() {
        java.util.List<Integer> codes = new java.util.ArrayList<>(GEOG.keySet());
        for (int z = 1; z <= 60; z++) {
            codes.add(32600 + z);
            codes.add(32700 + z);
        }
        for (int z = 28; z <= 37; z++) {
            codes.add(25800 + z);
        }
        for (int z = 1; z <= 23; z++) {
            codes.add(26900 + z);
        }
        for (int z = 3; z <= 22; z++) {
            codes.add(26700 + z);
        }
        for (int z = 48; z <= 58; z++) {
            codes.add(28300 + z);
        }
        codes.addAll(java.util.List.of(3857, 3035, 3034, 2154));
        return codes.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** {base geographic code, zone, 1 if south} for the UTM families of the table, else null. */
    private static int[] utm(int code) {
        if (code > 32600 && code <= 32660) {
            return new int[] {4326, code - 32600, 0};
        }
        if (code > 32700 && code <= 32760) {
            return new int[] {4326, code - 32700, 1};
        }
        if (code >= 25828 && code <= 25837) {
            return new int[] {4258, code - 25800, 0};
        }
        if (code >= 26901 && code <= 26923) {
            return new int[] {4269, code - 26900, 0};
        }
        if (code >= 26703 && code <= 26722) {
            return new int[] {4267, code - 26700, 0};
        }
        if (code >= 28348 && code <= 28358) {
            return new int[] {4283, code - 28300, 1};
        }
        return null;
    }

    private static String utmName(int code, Geog base, int zone, boolean south) {
        if (code >= 28348 && code <= 28358) {
            return "GDA94 / MGA zone " + zone;
        }
        return base.name() + " / UTM zone " + zone + (south ? "S" : "N");
    }

    private static String geogcs(Geog g, boolean axes) {
        return "GEOGCS[\"" + g.name() + "\",DATUM[\"" + g.datum() + "\",SPHEROID[\"" + g.spheroid() + "\"," + g.a()
                + "," + g.invf() + "," + authority(g.spheroidCode()) + "]," + authority(g.datumCode()) + "],"
                + "PRIMEM[\"Greenwich\",0," + authority(8901) + "],"
                + "UNIT[\"degree\",0.0174532925199433," + authority(9122) + "],"
                + (axes ? "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST]," : "") + authority(g.code()) + "]";
    }

    private static String projcs(String name, Geog g, String projection, Object[] params, boolean northingFirst,
                                 String extension, int code) {
        StringBuilder sb = new StringBuilder("PROJCS[\"").append(name).append("\",").append(geogcs(g, false))
                .append(",PROJECTION[\"").append(projection).append("\"]");
        for (int i = 0; i < params.length; i += 2) {
            sb.append(",PARAMETER[\"").append(params[i]).append("\",").append(number(params[i + 1])).append(']');
        }
        sb.append(",UNIT[\"metre\",1,").append(authority(9001)).append("],")
                .append(northingFirst ? "AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],"
                        : "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],")
                .append(extension).append(authority(code)).append(']');
        return sb.toString();
    }

    private static String number(Object v) {
        return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }

    private static String authority(int code) {
        return "AUTHORITY[\"EPSG\",\"" + code + "\"]";
    }

    private static final Pattern TRAILING_AUTHORITY =
            Pattern.compile("AUTHORITY\\[\"EPSG\",\"?(\\d{1,9})\"?\\]\\]\\s*$");

    /** The EPSG code in a WKT's outermost AUTHORITY, if any. */
    static OptionalInt authorityCode(String wkt) {
        Matcher m = TRAILING_AUTHORITY.matcher(wkt);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (int code : knownCodes()) {
            wkt(code).ifPresent(w -> BY_NAME.put(key(w.substring(w.indexOf('"') + 1, w.indexOf('"', w.indexOf('"') + 1))), code));
        }
    }

    /** The code of a CRS named as in the table ("WGS 84 / UTM zone 33N"), ignoring case and spacing. */
    static OptionalInt codeForName(String name) {
        String first = name.split("\\|")[0];
        Integer code = BY_NAME.get(key(first));
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
