#!/usr/bin/python3
"""Makes the small example rasters the notebooks use, with GDAL (through rasterio), reproducibly.

    /usr/bin/python3 notebooks/data/make_data.py

scene.tif: a 2-band uint16 reflectance scene (band 1 red, band 2 near-infrared), 2000 x 1500,
           tiled 512, DEFLATE + horizontal predictor, nodata 0 outside a tilted swath, UTM 33N.
dem.tif:   a float32 elevation model, 1200 x 900, tiled 256, DEFLATE + floating-point predictor,
           nodata -9999 in a few voids, ETRS89 / LAEA Europe, 25 m pixels.
"""
import os

import numpy as np
import rasterio
from rasterio.transform import from_origin

HERE = os.path.dirname(os.path.abspath(__file__))


def field(rng, h, w, scale):
    """A smooth random field in [0, 1]: low-resolution noise, blurred, upsampled."""
    m = rng.standard_normal((h // scale + 2, w // scale + 2))
    for _ in range(3):
        m = (m + np.roll(m, 1, 0) + np.roll(m, -1, 0) + np.roll(m, 1, 1) + np.roll(m, -1, 1)) / 5
    yy = np.linspace(0, m.shape[0] - 2, h)
    xx = np.linspace(0, m.shape[1] - 2, w)
    y0 = yy.astype(int)
    x0 = xx.astype(int)
    fy = (yy - y0)[:, None]
    fx = (xx - x0)[None, :]
    f = (m[y0][:, x0] * (1 - fy) * (1 - fx) + m[y0 + 1][:, x0] * fy * (1 - fx)
         + m[y0][:, x0 + 1] * (1 - fy) * fx + m[y0 + 1][:, x0 + 1] * fy * fx)
    return (f - f.min()) / (f.max() - f.min())


def scene():
    rng = np.random.default_rng(7)
    h, w = 1500, 2000
    veg = field(rng, h, w, 60)
    red = 600 + 2600 * (1 - veg) + rng.normal(0, 1, (h, w))
    nir = 1800 + 3800 * veg + rng.normal(0, 1, (h, w))
    yy, xx = np.mgrid[0:h, 0:w]
    outside = (xx - 0.25 * yy) < 150  # a tilted swath edge, as in real satellite scenes
    bands = []
    for b in (red, nir):
        a = np.clip(b, 1, 10000).astype("uint16")
        a[outside] = 0
        bands.append(a)
    with rasterio.open(os.path.join(HERE, "scene.tif"), "w", driver="GTiff", width=w, height=h, count=2,
                       dtype="uint16", crs="EPSG:32633", transform=from_origin(400000, 5800000, 10, 10),
                       tiled=True, blockxsize=512, blockysize=512, compress="DEFLATE", predictor=2,
                       nodata=0) as dst:
        for i, a in enumerate(bands, start=1):
            dst.write(a, i)


def dem():
    rng = np.random.default_rng(11)
    h, w = 900, 1200
    z = (300 + 900 * field(rng, h, w, 80) + 120 * field(rng, h, w, 15)).astype("float32")
    yy, xx = np.mgrid[0:h, 0:w]
    for cy, cx, r in ((200, 300, 18), (650, 900, 25), (450, 100, 12)):
        z[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = -9999
    with rasterio.open(os.path.join(HERE, "dem.tif"), "w", driver="GTiff", width=w, height=h, count=1,
                       dtype="float32", crs="EPSG:3035", transform=from_origin(4300000, 3200000, 25, 25),
                       tiled=True, blockxsize=256, blockysize=256, compress="DEFLATE", predictor=3,
                       nodata=-9999) as dst:
        dst.write(z, 1)


if __name__ == "__main__":
    scene()
    dem()
