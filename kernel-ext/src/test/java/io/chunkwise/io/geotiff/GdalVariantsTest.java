package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by GDAL (through rasterio) in every layout the reader supports - each sample type,
 * LZW / DEFLATE / PackBits / none, predictors 2 and 3, tiles and strips, pixel and band
 * interleaving, big-endian, BigTIFF - decode to exactly the bytes GDAL decodes.
 */
class GdalVariantsTest {
    @TempDir
    Path tmp;

    private static final String SCRIPT = """
            import sys, json, hashlib
            import numpy as np, rasterio
            from rasterio.transform import from_origin
            out = sys.argv[1]
            rng = np.random.default_rng(7)
            res = []
            def make(name, dtype, bands=1, **opts):
                h, w = 45, 67
                dt = np.dtype(dtype)
                if dt.kind in 'iu':
                    info = np.iinfo(dt)
                    noise = rng.integers(info.min, info.max, size=(bands, h, w), dtype=dt, endpoint=True)
                    ramp = (np.arange(w)[None, None, :] * 3 + np.arange(h)[None, :, None]).astype(dt)
                    a = np.where(rng.random((bands, h, w)) < 0.5, noise, ramp)
                else:
                    a = (rng.standard_normal((bands, h, w)) * 1000).astype(dt)
                    a[:, 3, 5] = np.nan
                p = f"{out}/{name}.tif"
                with rasterio.open(p, 'w', driver='GTiff', width=w, height=h, count=bands, dtype=dtype,
                                   crs='EPSG:32633', transform=from_origin(1000, 2000, 10, 10), **opts) as d:
                    d.write(a)
                with rasterio.open(p) as d:
                    r = d.read()
                res.append({'file': name + '.tif', 'dtype': dtype, 'sha': [
                    hashlib.sha256(r[i].astype(r.dtype.newbyteorder('<')).tobytes()).hexdigest() for i in range(bands)]})
            for dt in ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64']:
                flt = dt.startswith('float')
                pred = 3 if flt else 2
                make(dt + '_lzw_tiled_pred', dt, compress='lzw', predictor=pred, tiled=True, blockxsize=32, blockysize=16)
                make(dt + '_deflate_strips_pred2', dt, compress='deflate', predictor=2, blockysize=7)
                make(dt + '_packbits_band3', dt, bands=3, compress='packbits', interleave='band', tiled=True,
                     blockxsize=16, blockysize=32)
                make(dt + '_none_bigendian', dt, bands=2, endianness='big', blockysize=5)
                make(dt + '_lzw_bigtiff_be_pixel3', dt, bands=3, compress='lzw', predictor=pred, bigtiff='yes',
                     endianness='big', interleave='pixel')
                make(dt + '_deflate_be_pred_tiled', dt, compress='deflate', predictor=pred, endianness='big',
                     tiled=True, blockxsize=48, blockysize=48)
            print(json.dumps(res))
            """;

    @Test
    void decodesEveryGdalLayoutBitExactly() {
        Python.require("numpy", "rasterio");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) Json.parse(Python.run(tmp, SCRIPT, tmp.toString()));
        assertEquals(60, files.size());
        for (Map<String, Object> f : files) {
            String name = (String) f.get("file");
            @SuppressWarnings("unchecked")
            List<String> sha = (List<String>) f.get("sha");
            try (GeoTiff t = GeoTiff.open(tmp.resolve(name))) {
                // rasterio 1.3.5 swaps GDAL's Int64 and UInt64 codes: an int64 array is written as a UInt64
                // band (SampleFormat 1) and a uint64 one as Int64; the bytes (and checksums) are unchanged
                String dtype = switch ((String) f.get("dtype")) {
                    case "int64" -> "uint64";
                    case "uint64" -> "int64";
                    default -> (String) f.get("dtype");
                };
                assertEquals(dtype, t.dtype().numpyName(), name + " dtype");
                assertEquals(32633, t.epsg().orElseThrow(), name + " EPSG");
                assertArrayEquals(new double[] {1000, 10, 0, 2000, 0, -10}, t.transform(), name + " transform");
                for (int b = 1; b <= sha.size(); b++) {
                    assertEquals(sha.get(b - 1), BandStats.sha256(t.readBand(b).data(), t.dtype()), name + " band " + b);
                    // through the source, not compute(): GDAL's big-endian float files with predictor 3 hold
                    // signalling NaNs, whose bits a float32 -> float64 -> float32 round trip would change
                    Object chunked = GeoTiffManifestTest.readInChunks(t.source(b), new int[] {10, 13});
                    assertEquals(sha.get(b - 1), BandStats.sha256(chunked, t.dtype()), name + " band " + b + " in 10x13 chunks");
                }
            }
        }
    }
}
