package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.array.LazyHistogram;
import io.chunkwise.io.geotiff.GeoTiff;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.function.Function;

/**
 * Registers the Chunkwise renderers into a basekernel {@link Renderer}: lazy arrays, dense arrays,
 * histograms (computed and not), and GeoTIFF handles. Each renderer fills {@code text/plain} with its own
 * text and any requested rich type it supports.
 */
final class Renderers {
    /** Rich types of the bundles, in the order a renderer offers them. */
    private static final MIMEType[] RICH = {MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG};

    private Renderers() {
    }

    /** Adds the renderers to {@code renderer}; call once per renderer (registrations accumulate). */
    static void registerAll(Renderer renderer) {
        register(renderer, ChunkedArray.class, ArrayDisplays::chunked, MIMEType.TEXT_HTML);
        register(renderer, DenseArray.class, ArrayDisplays::dense, MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG);
        register(renderer, Histogram.class, h -> HistogramDisplay.of(h, null, false), MIMEType.TEXT_HTML,
                MIMEType.IMAGE_PNG);
        register(renderer, LazyHistogram.class, ArrayDisplays::lazyHistogram, MIMEType.TEXT_HTML);
        register(renderer, GeoTiff.class, GeoTiffCard::of, MIMEType.TEXT_HTML);
    }

    private static <T> void register(Renderer renderer, Class<T> type, Function<T, DisplayData> view,
                                     MIMEType... preferred) {
        renderer.createRegistration(type).preferring(preferred).register((value, ctx) -> fill(view.apply(value), ctx));
    }

    /** Copies the bundle's text and every requested rich type it has into the output being rendered. */
    private static void fill(DisplayData bundle, RenderContext ctx) {
        DisplayData out = ctx.getOutputContainer();
        out.putText(String.valueOf(bundle.getData(MIMEType.TEXT_PLAIN)));
        for (MIMEType t : RICH) {
            if (bundle.hasDataForType(t)) {
                ctx.renderIfRequested(t, () -> bundle.getData(t));
            }
        }
    }
}
