#!/usr/bin/python3
"""Streaming statistics of a 16000 x 16000 uint16 tiled DEFLATE GeoTIFF: Chunkwise (with -Xmx256m)
against GDAL's own `gdalinfo -stats`, in the same run. The file is made here with GDAL (rasterio),
in a temporary folder, never committed.

    /usr/bin/python3 bench/geotiff_stats.py [--size 16000]      (after mvn -DskipTests package)
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = os.path.join(HERE, "..", "kernel-ext", "target", "classes")


def make(path, n):
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    rng = np.random.default_rng(3)
    with rasterio.open(path, "w", driver="GTiff", width=n, height=n, count=1, dtype="uint16", crs="EPSG:32633",
                       transform=from_origin(300000, 5900000, 10, 10), tiled=True, blockxsize=512, blockysize=512,
                       compress="DEFLATE", BIGTIFF="IF_SAFER") as dst:
        yy, xx = np.mgrid[0:1024, 0:n]
        for r in range(0, n, 1024):
            f = 3000 + 2000 * np.sin((xx + r) / 900.0) * np.cos((yy + r) / 700.0)
            a = np.clip(f + rng.normal(0, 30, f.shape), 1, 65535).astype("uint16")
            h = min(1024, n - r)
            dst.write(a[:h], 1, window=Window(0, r, n, h))


def best(cmd, reps=3, before=None):
    times, out = [], None
    for _ in range(reps):
        if before:
            before()
        t0 = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        times.append(time.perf_counter() - t0)
    return min(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=16000)
    n = ap.parse_args().size
    work = tempfile.mkdtemp(prefix="geotiff-stats-")
    path = os.path.join(work, "big.tif")
    make(path, n)

    def drop_aux():
        for f in glob.glob(path + ".aux.xml"):
            os.remove(f)

    gdal_s, gdal_out = best(["gdalinfo", "-stats", path], before=drop_aux)
    java = ["java", "-Xmx256m", "--add-modules", "jdk.incubator.vector", "-cp", CLASSES, "io.chunkwise.examples.GeoTiffStats", path]
    cw_s, cw_out = best(java)
    print(json.dumps({"file_mb": round(os.path.getsize(path) / 1e6, 1), "shape": [n, n],
                      "gdalinfo_stats_s": round(gdal_s, 3), "chunkwise_xmx256m_s": round(cw_s, 3),
                      "ratio_chunkwise_over_gdal": round(cw_s / gdal_s, 2),
                      "gdal": [l.strip() for l in gdal_out.splitlines() if "STATISTICS_" in l],
                      "chunkwise": cw_out.strip()}))
    drop_aux()
    os.remove(path)
    os.rmdir(work)


if __name__ == "__main__":
    main()
