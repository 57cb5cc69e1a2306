#!/usr/bin/python3
"""Writes the teaching notebooks (without outputs) from the cell lists below.

    /usr/bin/python3 notebooks/make_notebooks.py          # then run them, e.g. bin/run-notebooks

Keeping the notebooks' source here makes them reviewable as text; their outputs are produced by
executing them in the chunkwise kernel (the committed .ipynb files carry those outputs).
"""
import os
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORTS = ("import io.chunkwise.io.geotiff.*;\nimport io.chunkwise.io.zarr.*;\n"
           "import io.chunkwise.schedule.*;")


def md(text):
    return new_markdown_cell(text.strip("\n"))


def code(text):
    return new_code_cell(text.strip("\n"))


NOTEBOOKS = {}

NOTEBOOKS["01-quick-guide"] = [
    md("""
# 01 · Quick guide: a satellite band as a lazy chunked array

This is the seed guide, in Java: open a GeoTIFF, turn a band into a chunked array, cube it lazily,
compute, and get a plain `double[][]` back. Then the lazy way, which never reads the whole file.

The kernel starts with `io.chunkwise.*` and `io.chunkwise.array.*` imported. We add the GeoTIFF
package and the schedulers:
"""),
    code(IMPORTS),
    md("""
## Open the file

`Chunkwise.openGeoTiff` reads only the header: size, bands, data type, tiling, CRS, nodata.
No pixel is decoded yet.
"""),
    code('var tif = Chunkwise.openGeoTiff("data/scene.tif");\ntif'),
    md("""
## The guide's way: read the band, then chunk it

The guide first reads band 1 into memory (`r.read(1)` in rasterio) and wraps it with chunks of
(1000, 1000), *around a million elements* each.
"""),
    code("var arr = tif.readBand(1);\narr"),
    code("var x = Chunkwise.fromDense(arr, 1000, 1000);\nx"),
    md("""
The summary comes from metadata only: the table says how big the array and each chunk are, and the
picture shows the chunk grid. Now cube it. This is lazy: nothing is computed, we only build the
expression.
"""),
    code("var y = x.mul(x).mul(x);\ny"),
    md("""
Note the warning. The band is `uint16`, and `x * x * x` of a reflectance of 3000 is 2.7·10¹⁰,
far beyond 65535: NumPy and Dask wrap around silently, and so do we (same semantics), but Chunkwise
says so from the data types alone. Convert first:
"""),
    code("var xf = x.astype(DType.FLOAT64);\nvar y = xf.mul(xf).mul(xf);\ny"),
    md("""
## Compute

`compute()` runs one task per chunk on all cores and writes each chunk straight into one result
buffer: the peak memory is about one copy of the result.
"""),
    code("var result = y.compute();\nresult"),
    code('double[][] out = result.toDoubleMatrix();\nout.length + " rows x " + out[0].length + " columns, out[700][1000] = " + out[700][1000]'),
    md("""
## The lazy way: never read the whole file

`tif.band(1, 1000, 1000)` is lazy too: each chunk decodes only the tiles it touches, when it is
computed. A reduction then streams through the file chunk by chunk; the cube is never held.
"""),
    code("var lazy = tif.band(1, 1000, 1000).astype(DType.FLOAT64);\nvar cube = lazy.mul(lazy).mul(lazy);\ncube"),
    code("cube.mean().compute().item()"),
    md("""
Nodata (0 outside the swath) should not count. `maskedBand` turns nodata into NaN, and the `nan*`
reductions skip it:
"""),
    code("var red = tif.maskedBand(1, 1000, 1000);\nred.nanmean().compute().item()"),
    md("And a histogram, computed lazily and drawn inline:"),
    code("%hist tif.maskedBand(1) --bins 60"),
]

NOTEBOOKS["02-larger-than-memory"] = [
    md("""
# 02 · Arrays larger than memory

A chunked array does not need to fit in memory: reductions stream through it chunk by chunk. Here
is an array several times the kernel's heap.
"""),
    code(IMPORTS),
    code('String.format("the kernel may use %.1f GB of heap", Runtime.getRuntime().maxMemory() / 1e9)'),
    md("""
`Chunkwise.random(seed, shape, chunks)` makes uniform random numbers lazily; each value depends only
on the seed and its index, so the array is the same under any chunking. 60000 × 60000 float64 is
28.8 GB:
"""),
    code("var big = Chunkwise.random(42, new long[] {60000, 60000}, 4000);\nbig"),
    md("""
Its mean streams through all 3.6 billion values with a live progress bar (tasks and bytes done,
elapsed time, time to go). For uniform numbers it should be 1/2; `std` should be 1/√12 ≈ 0.2887.
Both come from one pass over the data with `Chunkwise.compute`:
"""),
    code("var stats = Chunkwise.compute(big.mean(), big.std());\nstats.get(0).item() + \"  \" + stats.get(1).item()"),
    md("""
## What happens with `compute()` on something too big?

Chunkwise checks before doing any work and explains what to do instead:
"""),
    code("""
try {
    big.compute();
} catch (ResultTooLargeException e) {
    System.out.println(e.getMessage());
}
"""),
    md("""
## Store it instead

Results that are too big to hold can be written chunk by chunk: to Zarr, `.npy` or GeoTIFF. The
writer goes to a temporary name and renames into place, so a failure never leaves a half file.
Here a 6000 × 6000 part, as float32, goes to an uncompressed Zarr store (random numbers do not
compress):
"""),
    code("""
var part = Chunkwise.random(42, new long[] {6000, 6000}, 1500).astype(DType.FLOAT32);
var store = Files.createTempDirectory("chunkwise").resolve("part.zarr");
part.toZarr(store, ZarrCompression.NONE, 1500, 1500);
var back = Chunkwise.openZarr(store);
back
"""),
    code("back.sub(part).abs().max().compute().item()"),
]

NOTEBOOKS["03-choosing-chunks"] = [
    md("""
# 03 · Choosing chunks

Chunks are the unit of work: each becomes one task. Too small, and the per-task overhead
dominates; too large, and there are fewer tasks than cores, or memory runs short. Here we measure.
"""),
    code(IMPORTS),
    code("""
long[] shape = {8000, 8000};
/** Best of five timed runs of a.sum(), in milliseconds, after one warm-up. */
double time(ChunkedArray a) {
    a.sum().compute();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        a.sum().compute();
        best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
}
"""),
    md("The same 8000 × 8000 array of ones with different chunk sizes (the cube of each chunk, summed):"),
    code("""
var out = new StringBuilder();
for (int c : new int[] {100, 250, 500, 1000, 2000, 4000, 8000}) {
    var a = Chunkwise.ones(DType.FLOAT64, shape, c);
    var cube = a.mul(a).mul(a);
    out.append(String.format("chunks %5d x %-5d %6d chunks  %8.1f ms%n", c, c, a.numChunks(), time(cube)));
}
System.out.print(out);
"""),
    md("""
With 2 cores, a handful of chunks is too few (one core idles at the end), and tens of thousands of
tiny chunks pay a per-task cost. Between those, a wide plateau: anything from about 1 MB to 100 MB
per chunk is fine. Without a chunk argument Chunkwise picks "auto": about 32 MB per chunk (fewer
bytes for small arrays, so that every core gets at least two chunks), aligned to the file's tiles.

## Match the file's tiles

A GeoTIFF is stored in tiles (or strips). A tile that a chunk covers whole is decoded straight into
the chunk; a tile that chunks cut through is decoded into a bounded cache (48 MB by default) and
copied out, and decoded again if it has left the cache before the last chunk that needs it comes.
`scene.tif` has 512 × 512 tiles:
"""),
    code('var tif = Chunkwise.openGeoTiff("data/scene.tif");\nArrays.toString(tif.blockShape())'),
    code("tif.band(1, 512, 512)"),
    code("tif.band(1, 500, 700)"),
    md("""
This file is small enough to stay in the cache, which hides the cost of misaligned chunks. A file
many times larger than the cache behaves like this one opened with no cache at all, so we time both:
"""),
    code("""
var results = new StringBuilder("chunks          no cache   48 MB cache\\n");
for (int[] c : new int[][] {{512, 512}, {1024, 1024}, {500, 700}, {100, 100}}) {
    var cold = GeoTiff.open(java.nio.file.Path.of("data/scene.tif"), 0).band(1, c).astype(DType.FLOAT64);
    var warm = Chunkwise.openGeoTiff("data/scene.tif").band(1, c).astype(DType.FLOAT64);
    results.append(String.format("%4d x %-4d  %8.1f ms  %8.1f ms%n", c[0], c[1], time(cold), time(warm)));
}
System.out.print(results);
"""),
    md("""
Aligned chunks decode every tile once. Without a cache, a tile is decoded once for every chunk
that touches it: the 100 × 100 chunks, about 26 to a tile, pay that many decodes. The cache
removes the repeats for a file this small; for a file many times larger than the cache, match the
tiles, or make chunks a multiple of them.
"""),
    md("The default is aligned for you:"),
    code("tif.band(1)"),
]

NOTEBOOKS["04-histograms-and-statistics"] = [
    md("""
# 04 · Histograms and statistics

Histograms, summary statistics and exact quantiles, all computed lazily: chunk by chunk, in
parallel, without loading the raster.
"""),
    code(IMPORTS),
    code('var tif = Chunkwise.openGeoTiff("data/scene.tif");\nvar red = tif.band(1);\nred'),
    md("""
## `%hist`: a histogram drawn inline

The magic takes any Java expression. Without `--range` it finds the data's minimum and maximum in
one pass, then counts in a second (Dask needs a range from you).
"""),
    code("%hist red --bins 80"),
    md("""
The spike at 0 is nodata: pixels outside the satellite's swath. Mask it: `maskedBand` turns nodata
into NaN (and `uint16` into `float32`), and histograms skip NaN.
"""),
    code("%hist tif.maskedBand(1) --bins 80"),
    code("%hist tif.maskedBand(2) --bins 80 --range 1500,6000 --log"),
    md("""
## Nodata changes the statistics

Including the zeros drags the mean down by a sixth:
"""),
    code("""
var masked = tif.maskedBand(1);
var r = Chunkwise.compute(red.mean(), masked.nanmean(), masked.isnan().countNonzero());
String.format("mean with nodata %.2f, without %.2f (%d nodata pixels)", r.get(0).item(), r.get(1).item(), r.get(2).itemLong())
"""),
    md("## `%describe`: count, NaN count, mean, std, min, quartiles, max"),
    code("%describe tif.maskedBand(2)"),
    md("""
## Exact quantiles

`quantile` is exact: it equals NumPy's `np.quantile` (linear interpolation) and never gathers the
data in memory; it narrows down on the right values in a few passes. Dask's `percentile` is
approximate.
"""),
    md("""
Like NumPy's, a quantile of data that holds NaN is NaN. Select the valid pixels first: `compress`
keeps the values where a mask is true, as a 1-D array whose chunk sizes come from a counting pass.
"""),
    code("masked.quantile(0.5).compute().item()"),
    code("var valid = masked.compress(masked.isnan().not());\nvalid"),
    code("valid.quantile(new double[] {0.01, 0.25, 0.5, 0.75, 0.99}).compute()"),
    code("valid.median().compute().item()"),
    md("""
Along an axis: the median of every column of the elevation model (columns that cross a void of
the model are NaN):
"""),
    code('var dem = Chunkwise.openGeoTiff("data/dem.tif").maskedBand(1);\ndem.median(0).compute()'),
]

NOTEBOOKS["05-band-math-and-neighbourhoods"] = [
    md("""
# 05 · Band math and neighbourhoods

NDVI from two bands, a focal filter with `mapOverlap`, and a slope map, with `%preview` pictures.
"""),
    code(IMPORTS),
    md("""
## NDVI

The normalised difference vegetation index, (NIR − red) / (NIR + red), is elementwise band math:
one fused pass over both bands. Masked bands keep nodata as NaN.
"""),
    code("""
var tif = Chunkwise.openGeoTiff("data/scene.tif");
var red = tif.maskedBand(1);
var nir = tif.maskedBand(2);
var ndvi = nir.sub(red).div(nir.add(red));
ndvi
"""),
    code("%preview ndvi --size 400"),
    code("%hist ndvi --bins 50"),
    md("""
## A focal filter with `mapOverlap`

A 3 × 3 mean needs each pixel's neighbours, including those in the next chunk. `mapOverlap` gives
every block a halo of `depth` pixels read from its neighbours (only the halo, never whole
neighbours), calls your function, and trims the halo again. At the array's edges the `Boundary`
says what the halo holds.
"""),
    code("""
/** A 3x3 mean of a block that carries a one-pixel halo; the halo's border is trimmed by mapOverlap. */
DenseArray focalMean(DenseArray block, long[] index) {
    int h = (int) block.shape()[0], w = (int) block.shape()[1];
    double[] in = block.toDoubleArray(), out = new double[h * w];
    for (int i = 1; i < h - 1; i++) {
        for (int j = 1; j < w - 1; j++) {
            double s = 0;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    s += in[(i + di) * w + j + dj];
                }
            }
            out[i * w + j] = s / 9;
        }
    }
    return DenseArray.of(out, h, w);
}
"""),
    code("""
var demFile = Chunkwise.openGeoTiff("data/dem.tif");
var dem = demFile.maskedBand(1, 300, 400);
var smooth = dem.mapOverlap(new int[] {1, 1}, Boundary.nearest(), (b, i) -> focalMean(b, i), DType.FLOAT64);
smooth
"""),
    code("%preview smooth --size 400"),
    md("""
## Slope

Horn's method: the elevation gradient from the 3 × 3 window, divided by the pixel size (25 m here),
and the slope angle in degrees.
"""),
    code("""
double cell = demFile.transform()[1];
DenseArray slope(DenseArray block, long[] index) {
    int h = (int) block.shape()[0], w = (int) block.shape()[1];
    double[] z = block.toDoubleArray(), out = new double[h * w];
    for (int i = 1; i < h - 1; i++) {
        for (int j = 1; j < w - 1; j++) {
            int o = i * w + j;
            double a = z[o - w - 1], b = z[o - w], c = z[o - w + 1];
            double d = z[o - 1], f = z[o + 1];
            double g = z[o + w - 1], hh = z[o + w], k = z[o + w + 1];
            double dzdx = ((c + 2 * f + k) - (a + 2 * d + g)) / (8 * cell);
            double dzdy = ((g + 2 * hh + k) - (a + 2 * b + c)) / (8 * cell);
            out[o] = Math.toDegrees(Math.atan(Math.sqrt(dzdx * dzdx + dzdy * dzdy)));
        }
    }
    return DenseArray.of(out, h, w);
}
var slopes = dem.mapOverlap(new int[] {1, 1}, Boundary.nearest(), (b, i) -> slope(b, i), DType.FLOAT64);
slopes
"""),
    code("%preview slopes --size 400"),
    code("%describe slopes"),
    md("""
NaN in the voids of the elevation model spreads to the slopes around them, as it should. The
coarse picture of the terrain, averaged over 10 × 10 windows:
"""),
    code("dem.slice(Slice.range(0, 900), Slice.range(0, 1200)).coarsen(Reducer.MEAN, 10)"),
]

NOTEBOOKS["06-saving-results"] = [
    md("""
# 06 · Saving results: GeoTIFF, Zarr and .npy

Every writer streams chunk by chunk, writes to a temporary name and renames into place.
"""),
    code(IMPORTS),
    code("""
var tif = Chunkwise.openGeoTiff("data/scene.tif");
var red = tif.maskedBand(1);
var nir = tif.maskedBand(2);
var ndvi = nir.sub(red).div(nir.add(red));
ndvi
"""),
    md("""
## GeoTIFF

Tiled, DEFLATE-compressed, with the source's georeferencing (CRS, transform) and a nodata value.
GDAL and every GIS read it.
"""),
    code("""
var dir = Files.createDirectories(Path.of("out")); // notebooks/out/, ignored by git
var tiffPath = dir.resolve("ndvi.tif");
var options = GeoTiffWriteOptions.builder().copyGeoreferencingFrom(tif).nodata(Double.NaN).build();
ndvi.toGeoTiff(tiffPath, options);
var written = Chunkwise.openGeoTiff(tiffPath);
written
"""),
    code("written.band(1).nanmean().compute().item() + \" vs \" + ndvi.nanmean().compute().item()"),
    md("## Zarr (a directory of compressed chunks, readable by Python's zarr and xarray)"),
    code("""
var zarrPath = dir.resolve("ndvi.zarr");  // an existing Zarr array there is replaced
ndvi.toZarr(zarrPath, ZarrCompression.zlib(5), 500, 500);
var z = Chunkwise.openZarr(zarrPath);
z
"""),
    code("z.sub(ndvi).abs().nanmax().compute().item()"),
    md("## .npy (NumPy's format, opened memory-mapped)"),
    code("""
var npyPath = dir.resolve("ndvi.npy");
ndvi.toNpy(npyPath);
var n = Chunkwise.openNpy(npyPath, 500, 500);
n.sub(ndvi).abs().nanmax().compute().item()
"""),
]


def main(names):
    for name, cells in NOTEBOOKS.items():
        if names and name not in names:
            continue
        nb = new_notebook(cells=cells, metadata={
            "kernelspec": {"name": "chunkwise", "display_name": "Java (Chunkwise)", "language": "java"},
            "language_info": {"name": "java"}})
        nbformat.write(nb, os.path.join(HERE, name + ".ipynb"))


if __name__ == "__main__":
    main(sys.argv[1:])
