package io.chunkwise.notebook;

import io.chunkwise.display.Formats;
import io.chunkwise.io.geotiff.GeoTiff;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GeoTIFF metadata card against the GDAL-made fixtures' MANIFEST.json (read with /usr/bin/python3's
 * json module): size, bands, dtype, blocks, CRS, transform, extent and nodata.
 */
class GeoTiffCardTest {
    private static final String PYTHON = "/usr/bin/python3";

    private static Path fixtures() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("data").resolve("geotiff");
            if (Files.isRegularFile(c.resolve("MANIFEST.json"))) {
                return c;
            }
        }
        assumeTrue(false, "the GeoTIFF fixtures (shared/data/geotiff beside the repository) are absent: skipped");
        return null;
    }

    /** Selected manifest fields of one file, as key=value lines printed by Python. */
    private static Map<String, String> manifest(Path dir, String file) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is absent: skipped");
        String script = "import json,sys\n"
                + "m=json.load(open(sys.argv[1]))\n"
                + "f=[x for x in m['files'] if x['file']==sys.argv[2]][0]\n"
                + "print('width=%d' % f['width']); print('height=%d' % f['height']); print('bands=%d' % f['bands'])\n"
                + "print('dtype=' + f['dtype']); print('epsg=%s' % f['crs']['epsg'])\n"
                + "print('nodata=%r' % f['nodata'])\n"
                + "print('gt=' + ','.join(repr(float(v)) for v in f['geotransform_gdal']))\n"
                + "b=f['bounds']; print('bounds=' + ','.join(repr(float(b[k])) for k in ('left','bottom','right','top')))\n";
        Process p = new ProcessBuilder(PYTHON, "-c", script, dir.resolve("MANIFEST.json").toString(), file)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        return m;
    }

    private static Map<String, String> cardRows(DisplayData d) {
        Document doc = Bundles.htmlDocument(d);
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element tr : Bundles.all(doc, "tr")) {
            rows.put(tr.getElementsByTagName("th").item(0).getTextContent(),
                    tr.getElementsByTagName("td").item(0).getTextContent());
        }
        return rows;
    }

    @Test
    void cardOfTiledMultibandFileMatchesTheManifest() throws Exception {
        Path dir = fixtures();
        String name = "s2_reflectance_uint16_3band_tiled256_lzw.tif";
        Map<String, String> m = manifest(dir, name);
        Renderer r = new Renderer();
        ChunkwiseExtension.installRenderers(r);
        try (GeoTiff t = GeoTiff.open(dir.resolve(name))) {
            DisplayData d = r.render(t);
            Map<String, String> rows = cardRows(d);
            assertEquals(Formats.count(Long.parseLong(m.get("width"))) + " \u00d7 "
                    + Formats.count(Long.parseLong(m.get("height"))) + " pixels (width \u00d7 height)", rows.get("Size"));
            assertEquals(m.get("bands") + ", pixel-interleaved", rows.get("Bands"));
            assertEquals(m.get("dtype"), rows.get("Data type"));
            assertEquals("tiles of 256 \u00d7 256", rows.get("Blocks"));
            assertEquals("LZW", rows.get("Compression"));
            assertEquals("EPSG:" + m.get("epsg") + " (WGS 84 / UTM zone 33N)", rows.get("CRS"));
            assertEquals("0", rows.get("Nodata"));
            String[] gt = m.get("gt").split(",");
            StringBuilder expected = new StringBuilder("[");
            for (int i = 0; i < gt.length; i++) {
                expected.append(i == 0 ? "" : ", ").append(Formats.number(Double.parseDouble(gt[i])));
            }
            assertEquals(expected + "] (GDAL order)", rows.get("Transform"));
            String[] b = m.get("bounds").split(",");
            assertEquals("x " + Formats.number(Double.parseDouble(b[0])) + " to " + Formats.number(Double.parseDouble(b[2]))
                    + ", y " + Formats.number(Double.parseDouble(b[1])) + " to " + Formats.number(Double.parseDouble(b[3])),
                    rows.get("Extent"));
            assertTrue(Bundles.text(d).contains("EPSG:" + m.get("epsg")), Bundles.text(d));
        }
    }

    @Test
    void cardOfStrippedFileShowsStripsPredictorAndNodata() throws Exception {
        Path dir = fixtures();
        String name = "dem_float32_strips_deflate_pred3.tif";
        Map<String, String> m = manifest(dir, name);
        try (GeoTiff t = GeoTiff.open(dir.resolve(name))) {
            Map<String, String> rows = cardRows(GeoTiffCard.of(t));
            assertEquals("1", rows.get("Bands"));
            assertEquals("strips of 1 row", rows.get("Blocks"));
            assertEquals("DEFLATE, predictor 3", rows.get("Compression"));
            assertEquals(Formats.number(Double.parseDouble(m.get("nodata"))), rows.get("Nodata"));
            assertTrue(rows.get("CRS").startsWith("EPSG:" + m.get("epsg") + " ("), rows.get("CRS"));
            List<String> names = List.copyOf(rows.keySet());
            assertEquals(List.of("File", "Size", "Bands", "Data type", "Blocks", "Compression", "CRS", "Transform",
                    "Pixel size", "Extent", "Nodata"), names);
        }
    }
}
