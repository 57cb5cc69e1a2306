package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.Buffers;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.io.geotiff.GeoTiffWriteOptions.BigTiff;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL (through rasterio) reads what the writer writes: every sample type, DEFLATE / LZW / none,
 * predictors 1-3, one band and many, classic and BigTIFF, ragged edge tiles - same pixels, same
 * CRS, geotransform, nodata, tiling and compression.
 */
class GdalReadsWrittenFilesTest {
    @TempDir
    Path tmp;

    private static final String SCRIPT = """
            import sys, json, hashlib
            import rasterio
            res = {}
            for p in sys.argv[1:]:
                with rasterio.open(p) as d:
                    r = d.read()
                    res[p.split('/')[-1]] = {
                        'dtype': d.dtypes[0], 'count': d.count, 'epsg': d.crs.to_epsg() if d.crs else None,
                        'transform': list(d.transform.to_gdal()), 'nodata': None if d.nodata is None else str(d.nodata),
                        'block': list(d.block_shapes[0]), 'compress': d.compression.name if d.compression else 'NONE',
                        'sha': [hashlib.sha256(r[i].astype(r.dtype.newbyteorder('<')).tobytes()).hexdigest()
                                for i in range(d.count)]}
            print(json.dumps(res))
            """;

    @Test
    void gdalReadsEveryVariantWithTheSamePixelsAndGeoreferencing() {
        Python.require("numpy", "rasterio");
        DType[] types = {DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32,
            DType.INT64, DType.UINT64, DType.FLOAT32, DType.FLOAT64};
        Map<String, DenseArray> written = new LinkedHashMap<>();
        Map<String, GeoTiffWriteOptions> options = new LinkedHashMap<>();
        int seed = 0;
        for (DType t : types) {
            for (String compression : List.of("deflate", "lzw", "none")) {
                for (int predictor : List.of(0, 1)) {
                    boolean threeD = (seed & 1) == 1;
                    long[] shape = threeD ? new long[] {3, 70, 90} : new long[] {130, 75};
                    ChunkedArray x = Chunkwise.random(seed, shape, 40).mul(t.isFloat() ? 2000 : 1e6).sub(t.isFloat() ? 1000 : 5e5)
                            .astype(t);
                    GeoTiffWriteOptions o = GeoTiffWriteOptions.builder().compression(compression).predictor(predictor)
                            .tileSize(32, 48).epsg(seed % 3 == 0 ? 3035 : 32633)
                            .transform(4321000 + seed, 25, 0, 3210000, 0, -25)
                            .nodata(t.isFloat() && seed % 4 == 0 ? Double.NaN : t == DType.INT8 ? -128 : 0)
                            .bigTiff(seed % 5 == 0 ? BigTiff.YES : BigTiff.AUTO).build();
                    String name = t + "_" + compression + "_p" + predictor + (threeD ? "_3band" : "") + ".tif";
                    GeoTiffWriter.write(x, tmp.resolve(name), o);
                    written.put(name, x.compute());
                    options.put(name, o);
                    seed++;
                }
            }
        }
        // long runs of one value: LZW's longest strings and table resets
        GeoTiffWriter.write(Chunkwise.zeros(DType.UINT16, new long[] {300, 300}), tmp.resolve("zeros_lzw.tif"),
                GeoTiffWriteOptions.builder().compression("lzw").epsg(4326).transform(-10, 0.25, 0, 60, 0, -0.25).build());
        written.put("zeros_lzw.tif", Chunkwise.zeros(DType.UINT16, new long[] {300, 300}).compute());

        List<String> args = new ArrayList<>();
        written.keySet().forEach(n -> args.add(tmp.resolve(n).toString()));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gdal = (Map<String, Map<String, Object>>) Json.parse(
                Python.run(tmp, SCRIPT, args.toArray(String[]::new)));
        for (Map.Entry<String, DenseArray> e : written.entrySet()) {
            String name = e.getKey();
            Map<String, Object> g = gdal.get(name);
            DenseArray a = e.getValue();
            int bands = a.ndim() == 3 ? (int) a.shape()[0] : 1;
            assertEquals(rasterioName(a.dtype()), g.get("dtype"), name + " dtype");
            assertEquals(bands, ((BigDecimal) g.get("count")).intValue(), name + " band count");
            @SuppressWarnings("unchecked")
            List<String> sha = (List<String>) g.get("sha");
            int plane = (int) (a.size() / bands);
            for (int b = 0; b < bands; b++) {
                Object slice = Buffers.allocate(a.dtype(), plane);
                System.arraycopy(a.data(), b * plane, slice, 0, plane);
                assertEquals(BandStats.sha256(slice, a.dtype()), sha.get(b), name + " band " + (b + 1) + " pixels");
            }
            GeoTiffWriteOptions o = options.get(name);
            if (o != null) {
                assertEquals(o.geoKeys().epsg().getAsInt(), ((BigDecimal) g.get("epsg")).intValue(), name + " EPSG");
                @SuppressWarnings("unchecked")
                List<Object> gt = (List<Object>) g.get("transform");
                double[] expected = o.transform().orElseThrow();
                for (int i = 0; i < 6; i++) {
                    assertEquals(expected[i], Fixtures.num(gt.get(i)), 0.0, name + " transform[" + i + "]");
                }
                assertEquals(o.nodata().getAsDouble(), Fixtures.num(g.get("nodata")), 0.0, name + " nodata");
                assertEquals(List.of(new BigDecimal(32), new BigDecimal(48)), g.get("block"), name + " tiles");
                assertEquals(o.compression().name(), ((String) g.get("compress")).toUpperCase(), name + " compression");
            }
        }
    }

    /** rasterio 1.3.5 reports GDAL's Int64 as uint64 and UInt64 as int64 (its codes are swapped). */
    private static String rasterioName(DType t) {
        return switch (t) {
            case INT64 -> "uint64";
            case UINT64 -> "int64";
            default -> t.numpyName();
        };
    }
}
