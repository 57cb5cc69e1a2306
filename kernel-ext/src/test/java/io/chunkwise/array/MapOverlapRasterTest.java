package io.chunkwise.array;

import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.chunkwise.array.BlockTestSupport.chunked;
import static io.chunkwise.testing.ArrayAssert.assertArrayClose;

/**
 * Raster neighbourhood operations with mapOverlap over irregular chunks equal a dense NumPy
 * reference computed on the padded array with the same arithmetic in the same order: a 3×3 focal
 * mean and Horn's gradient magnitude exactly, Horn's slope in degrees within a few ulp (arctan is
 * not correctly rounded in Java's or NumPy's libm). Cell size 10; Dask's reflect boundary (NumPy
 * {@code 'symmetric'}).
 */
class MapOverlapRasterTest {
    private static final int[] ROWS = {30, 30, 37};
    private static final int[] COLS = {50, 13, 50};
    private static final double CELL = 10;

    /** A smooth-ish positive elevation surface with noise. */
    private static DenseArray elevation() {
        double[] v = TestData.positive(DType.FLOAT64, 21, 97, 113).toDoubleArray();
        for (int r = 0; r < 97; r++) {
            for (int c = 0; c < 113; c++) {
                v[r * 113 + c] = 500 + 3.5 * r - 1.25 * c + 40 * Math.sin(r / 9.0) * Math.cos(c / 7.0) + v[r * 113 + c] / 10;
            }
        }
        return DenseArray.of(v, 97, 113);
    }

    private static DenseArray focalMean(DenseArray b, long[] idx) {
        int rows = (int) b.shape()[0];
        int cols = (int) b.shape()[1];
        double[] z = (double[]) b.data();
        double[] out = new double[rows * cols];
        for (int r = 1; r < rows - 1; r++) {
            for (int c = 1; c < cols - 1; c++) {
                double s = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        s += z[(r + dr) * cols + c + dc];
                    }
                }
                out[r * cols + c] = s / 9;
            }
        }
        return DenseArray.of(out, rows, cols);
    }

    /** Horn's slope in degrees, or its tangent (the gradient magnitude) when {@code degrees} is false. */
    private static BlockFunction slope(boolean degrees) {
        return (blk, idx) -> {
            int rows = (int) blk.shape()[0];
            int cols = (int) blk.shape()[1];
            double[] z = (double[]) blk.data();
            double[] out = new double[rows * cols];
            for (int r = 1; r < rows - 1; r++) {
                for (int c = 1; c < cols - 1; c++) {
                    int n = (r - 1) * cols + c;
                    int m = r * cols + c;
                    int s = (r + 1) * cols + c;
                    double a = z[n - 1];
                    double b = z[n];
                    double cc = z[n + 1];
                    double d = z[m - 1];
                    double f = z[m + 1];
                    double g = z[s - 1];
                    double h = z[s];
                    double i = z[s + 1];
                    double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * CELL);
                    double dzdy = ((g + 2 * h + i) - (a + 2 * b + cc)) / (8 * CELL);
                    double rise = Math.sqrt(dzdx * dzdx + dzdy * dzdy);
                    out[m] = degrees ? Math.atan(rise) * (180.0 / Math.PI) : rise;
                }
            }
            return DenseArray.of(out, rows, cols);
        };
    }

    /** NumPy's view of the padded array {@code P} shifted by (dr, dc), as a literal slice. */
    private static String w(int dr, int dc) {
        return "P[" + (1 + dr) + ":" + (1 + dr + 97) + ", " + (1 + dc) + ":" + (1 + dc + 113) + "]";
    }

    private static String numpyFocalMean() {
        StringBuilder sb = new StringBuilder("0.0");
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                sb.insert(0, "(").append(" + ").append(w(dr, dc)).append(")");
            }
        }
        return sb.append(" / 9").toString();
    }

    private static String numpyRise() {
        String dzdx = "(((" + w(-1, 1) + " + 2 * " + w(0, 1) + " + " + w(1, 1) + ") - (" + w(-1, -1) + " + 2 * " + w(0, -1)
                + " + " + w(1, -1) + ")) / (8 * 10.0))";
        String dzdy = "(((" + w(1, -1) + " + 2 * " + w(1, 0) + " + " + w(1, 1) + ") - (" + w(-1, -1) + " + 2 * " + w(-1, 0)
                + " + " + w(-1, 1) + ")) / (8 * 10.0))";
        return "np.sqrt(" + dzdx + " * " + dzdx + " + " + dzdy + " * " + dzdy + ")";
    }

    @Test
    void focalMeanAndHornSlopeEqualTheDenseReference() {
        DenseArray z = elevation();
        ChunkedArray x = chunked(z, ROWS, COLS);
        int[] depth = {1, 1};
        ChunkedArray mean = x.mapOverlap(depth, Boundary.reflect(), MapOverlapRasterTest::focalMean, DType.FLOAT64);
        ChunkedArray rise = x.mapOverlap(depth, Boundary.reflect(), slope(false), DType.FLOAT64);
        ChunkedArray slope = x.mapOverlap(depth, Boundary.reflect(), slope(true), DType.FLOAT64);
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("z", z), List.of(
                "(P := np.pad(z, 1, mode='symmetric')).shape", numpyFocalMean(), numpyRise(),
                "np.arctan(" + numpyRise() + ") * (180.0 / np.pi)"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(expected.get(1), mean.compute(s), 0, "3x3 focal mean with " + s);
            assertArrayClose(expected.get(2), rise.compute(s), 0, "Horn gradient magnitude with " + s);
            assertArrayClose(expected.get(3), slope.compute(s), 1e-15, "Horn slope in degrees with " + s);
        }
    }
}
