package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in WKT1 table equals GDAL's output, and EPSG codes are found in GeoKeys or citations. */
class EpsgWktTest {
    @TempDir
    Path tmp;

    @Test
    void everyKnownCodeGivesTheWktGdalPrints() {
        Python.require("rasterio");
        int[] codes = EpsgWkt.knownCodes();
        String script = "import sys\nfrom rasterio.crs import CRS\n"
                + "for c in sys.argv[1:]:\n    print(CRS.from_epsg(int(c)).to_wkt())\n";
        String[] args = Arrays.stream(codes).mapToObj(Integer::toString).toArray(String[]::new);
        List<String> gdal = Python.run(tmp, script, args).lines().collect(Collectors.toList());
        assertEquals(codes.length, gdal.size());
        for (int i = 0; i < codes.length; i++) {
            assertEquals(gdal.get(i), EpsgWkt.wkt(codes[i]).orElseThrow(), "EPSG:" + codes[i]);
        }
        assertTrue(codes.length > 150, "the table covers the UTM families: " + codes.length);
    }

    @Test
    void findsCodesByNameAndByTrailingAuthority() {
        assertEquals(OptionalInt.of(32633), EpsgWkt.codeForName("WGS 84 / UTM zone 33N|WGS 84|"));
        assertEquals(OptionalInt.of(3035), EpsgWkt.codeForName("etrs89-extended / laea europe"));
        assertEquals(OptionalInt.empty(), EpsgWkt.codeForName("My local grid"));
        assertEquals(OptionalInt.of(25832), EpsgWkt.authorityCode(EpsgWkt.wkt(25832).orElseThrow()));
    }

    @Test
    void userDefinedProjectionFallsBackToTheCitation() throws IOException {
        // ModelType projected, ProjectedCSType user-defined (32767), GTCitation naming a known CRS
        Path p = geoTiff(new long[] {1, 1, 0, 3, 1024, 0, 1, 1, 1026, 34737, 22, 0, 3072, 0, 1, 32767},
                "WGS 84 / UTM zone 18N|");
        try (GeoTiff t = GeoTiff.open(p)) {
            assertEquals(OptionalInt.of(32618), t.epsg());
            assertTrue(t.crsWkt().startsWith("PROJCS[\"WGS 84 / UTM zone 18N\""), t.crsWkt());
        }
    }

    @Test
    void wktInACitationIsUsedAsIs() throws IOException {
        String wkt = EpsgWkt.wkt(2154).orElseThrow();
        String ascii = "ESRI PE String = " + wkt + "|";
        Path p = geoTiff(new long[] {1, 1, 0, 2, 1024, 0, 1, 1, 3073, 34737, ascii.length(), 0}, ascii);
        try (GeoTiff t = GeoTiff.open(p)) {
            assertEquals(wkt, t.crsWkt());
            assertEquals(OptionalInt.of(2154), t.epsg());
        }
    }

    @Test
    void fileWithoutGeoKeysHasNoCrsAndTheIdentityTransform() throws IOException {
        Path p = geoTiff(null, null);
        try (GeoTiff t = GeoTiff.open(p)) {
            assertEquals(OptionalInt.empty(), t.epsg());
            assertEquals("", t.crsWkt());
            assertEquals(List.of(0.0, 1.0, 0.0, 0.0, 0.0, 1.0), Arrays.stream(t.transform()).boxed().toList());
        }
    }

    private Path geoTiff(long[] keys, String ascii) throws IOException {
        TiffBytes b = new TiffBytes(ByteOrder.LITTLE_ENDIAN).tag(TiffTag.IMAGE_WIDTH, 3, 2).tag(TiffTag.IMAGE_LENGTH, 3, 2)
                .tag(TiffTag.BITS_PER_SAMPLE, 3, 8).tag(TiffTag.ROWS_PER_STRIP, 3, 2);
        long at = b.data(new byte[] {1, 2, 3, 4});
        b.tag(TiffTag.STRIP_OFFSETS, 4, at).tag(TiffTag.STRIP_BYTE_COUNTS, 4, 4);
        if (keys != null) {
            b.tag(TiffTag.GEO_KEY_DIRECTORY, TiffTag.SHORT, keys);
            long[] chars = new long[ascii.length() + 1];
            for (int i = 0; i < ascii.length(); i++) {
                chars[i] = ascii.charAt(i);
            }
            b.tag(TiffTag.GEO_ASCII_PARAMS, TiffTag.ASCII, chars);
        }
        Path p = tmp.resolve("keys.tif");
        Files.write(p, b.build());
        return p;
    }
}
