package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.array.LazyHistogram;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * {@code %hist EXPR [--bins N] [--range LO,HI] [--log]}: counts the values of a lazy array (NaN skipped,
 * NumPy's bin rule; without a range, one fused min/max pass finds it) and draws the histogram inline
 * with its bin table. A computed {@code Histogram} or a {@code LazyHistogram} is drawn as it is.
 */
final class HistMagic extends ExpressionMagic {
    static final int DEFAULT_BINS = 50;
    static final int MAX_BINS = 100_000;
    static final MagicSpec SPEC = MagicSpec.of("hist", "%hist EXPR [--bins N] [--range LO,HI] [--log]").expr()
            .keyword("bins", "N").keyword("range", "LO,HI").flag("log", 'l').build();

    HistMagic(NotebookContext ctx) {
        super(ctx, SPEC, "histogram of an array, computed lazily and drawn inline with its bin table");
    }

    @Override
    public DisplayData run(List<String> args) throws Exception {
        MagicSpec.Parsed p = SPEC.parse(args);
        int bins = p.intKeyword("bins", DEFAULT_BINS, 1, MAX_BINS);
        double[] range = range(p.keyword("range"));
        Object value = ctx.eval(SPEC.name(), p.expr());
        Histogram h;
        if (value instanceof Histogram || value instanceof LazyHistogram) {
            if (p.keyword("bins") != null || range != null) {
                throw SPEC.error("'" + p.expr() + "' is already a histogram with its own bins; pass the array"
                        + " instead to choose --bins or --range.");
            }
            h = value instanceof Histogram done ? done : ((LazyHistogram) value).compute();
        } else {
            ChunkedArray x = Operands.array(SPEC, p.expr(), value);
            h = (range == null ? x.histogram(bins) : x.histogram(bins, range[0], range[1])).compute();
        }
        return HistogramDisplay.of(h, p.expr(), p.has("log"));
    }

    /** The {@code LO,HI} pair, or null when absent. */
    static double[] range(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw SPEC.error("--range expects two numbers LO,HI (e.g. --range 0,1) but got '" + text + "'.");
        }
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(parts[0].strip());
            hi = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw SPEC.error("--range expects two numbers LO,HI (e.g. --range 0,1) but got '" + text + "'.");
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw SPEC.error("--range needs finite LO <= HI but got '" + text + "'.");
        }
        return new double[] {lo, hi};
    }
}
