package io.chunkwise.notebook;

import io.chunkwise.display.Formats;
import io.chunkwise.io.geotiff.GeoTiff;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open GeoTIFF as a metadata card: file, size, bands, dtype, block layout, compression, CRS (EPSG code
 * and name), geotransform with pixel size and extent, and nodata; as an HTML table and as text lines.
 * Reads nothing beyond the metadata the handle already holds.
 */
final class GeoTiffCard {
    private static final Pattern WKT_NAME = Pattern.compile("^[A-Z_0-9]+\\[\"([^\"]*)\"");
    private static final double[] IDENTITY = {0, 1, 0, 0, 0, 1};

    private GeoTiffCard() {
    }

    /** The card's rows, in order: name and value. */
    static List<String[]> rows(GeoTiff t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("File", String.valueOf(t.path().getFileName())));
        rows.add(row("Size", Formats.count(t.width()) + " \u00d7 " + Formats.count(t.height()) + " pixels"
                + " (width \u00d7 height)"));
        rows.add(row("Bands", t.bandCount() + (t.bandCount() > 1 ? ", " + t.interleave().toLowerCase(Locale.ROOT)
                + "-interleaved" : "")));
        rows.add(row("Data type", t.dtype().numpyName()));
        int[] b = t.blockShape();
        rows.add(row("Blocks", (t.isTiled() ? "tiles of " + b[1] + " \u00d7 " + b[0] : "strips of " + Formats.plural(b[0], "row"))
                + (t.isBigTiff() ? ", BigTIFF" : "")));
        rows.add(row("Compression", t.compression() + (t.predictor() > 1 ? ", predictor " + t.predictor() : "")));
        rows.add(row("CRS", crs(t)));
        double[] g = t.transform();
        boolean georeferenced = !Arrays.equals(g, IDENTITY) || t.epsg().isPresent();
        if (georeferenced) {
            rows.add(row("Transform", "[" + join(g) + "] (GDAL order)"));
            rows.add(row("Pixel size", Formats.number(g[1]) + " \u00d7 " + Formats.number(g[5])
                    + (g[2] != 0 || g[4] != 0 ? ", rotated" : "")));
            double x1 = g[0] + t.width() * g[1] + t.height() * g[2];
            double y1 = g[3] + t.width() * g[4] + t.height() * g[5];
            rows.add(row("Extent", "x " + Formats.number(Math.min(g[0], x1)) + " to " + Formats.number(Math.max(g[0], x1))
                    + ", y " + Formats.number(Math.min(g[3], y1)) + " to " + Formats.number(Math.max(g[3], y1))));
        } else {
            rows.add(row("Transform", "none (pixel coordinates)"));
        }
        rows.add(row("Nodata", t.nodata().isPresent() ? Formats.number(t.nodata().getAsDouble()) : "none"));
        return rows;
    }

    private static String crs(GeoTiff t) {
        String name = null;
        Matcher m = WKT_NAME.matcher(t.crsWkt() == null ? "" : t.crsWkt().strip());
        if (m.find()) {
            name = m.group(1);
        }
        if (t.epsg().isPresent()) {
            return "EPSG:" + t.epsg().getAsInt() + (name == null ? "" : " (" + name + ")");
        }
        return name == null ? "none" : name;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Formats.number(v[i]));
        }
        return sb.toString();
    }

    private static String[] row(String name, String value) {
        return new String[] {name, value};
    }

    /** The card as a bundle with {@code text/html} and {@code text/plain}. */
    static DisplayData of(GeoTiff t) {
        List<String[]> rows = rows(t);
        StringBuilder text = new StringBuilder("GeoTIFF ").append(t.path());
        String cell = "padding:2px 10px;border:1px solid #ddd;text-align:left;";
        StringBuilder html = new StringBuilder(2048);
        html.append("<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px\">\n")
                .append("<caption style=\"text-align:left;padding:0 0 4px 0;font-weight:bold\">GeoTIFF <code>")
                .append(Html.escape(String.valueOf(t.path().getFileName()))).append("</code></caption>\n<tbody>\n");
        for (String[] r : rows) {
            text.append('\n').append(String.format(Locale.ROOT, "%-12s %s", r[0], r[1]));
            html.append("<tr><th style=\"").append(cell).append("background:#f7f7f7\">").append(Html.escape(r[0]))
                    .append("</th><td style=\"").append(cell).append("\">").append(Html.escape(r[1])).append("</td></tr>\n");
        }
        html.append("</tbody></table>");
        html.append(Html.note("Open a band lazily with .band(1) (1-based) or all bands with .bands()."));
        DisplayData d = new DisplayData(text.toString());
        d.putHTML("<div>" + html + "</div>");
        return d;
    }
}
