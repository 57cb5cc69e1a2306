/**
 * Display: turns array metadata, histograms, statistics, progress and small dense arrays into
 * self-contained HTML, SVG, text and PNG, for any front end to show.
 *
 * <p>Owns the array summary ({@link io.chunkwise.display.ArraySummary}) and its chunk-grid drawing
 * ({@link io.chunkwise.display.ChunkGridSvg}), charts drawn with XChart, tables built with Tablesaw,
 * the progress view and quicklook images. Everything here returns {@code String}s (well-formed
 * markup: every tag closed, entities numeric) or PNG {@code byte[]}s, and reads metadata only
 * unless it is handed computed data.
 *
 * <p>May import {@code io.chunkwise.array}, {@code io.chunkwise.schedule}, Tablesaw, XChart and the JDK;
 * never {@code io.chunkwise.notebook}, {@code io.chunkwise.kernel} or jupyter-jvm-basekernel types.
 */
package io.chunkwise.display;
