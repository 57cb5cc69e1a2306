package io.chunkwise.notebook;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.GraphInfo;
import io.chunkwise.display.Formats;
import io.chunkwise.display.GraphSvg;
import io.chunkwise.display.LayerInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * {@code %graph EXPR}: the task graph of a lazy array layer by layer as SVG, with the layers that fuse
 * into one pass outlined together; computed from metadata only.
 */
final class GraphMagic extends ExpressionMagic {
    static final MagicSpec SPEC = MagicSpec.of("graph", "%graph EXPR").expr().build();

    GraphMagic(NotebookContext ctx) {
        super(ctx, SPEC, "task graph by layer as SVG: what fuses into what, chunks per layer (metadata only)");
    }

    @Override
    public DisplayData run(List<String> args) throws Exception {
        String expr = SPEC.parse(args).expr();
        ChunkedArray x = Operands.array(SPEC, expr, ctx.eval(SPEC.name(), expr));
        List<GraphInfo.Layer> layers = x.graph();
        String svg = GraphSvg.svg(LayerInfo.of(layers));
        StringBuilder text = new StringBuilder("task graph of " + expr + ": " + Formats.plural(layers.size(), "layer")
                + ", " + Formats.plural(x.taskCount(), "task") + " after fusion");
        for (GraphInfo.Layer l : layers) {
            text.append("\n  pass ").append(l.pass()).append(": ").append(l.name()).append(" (").append(l.kind())
                    .append(", ").append(Formats.plural(l.chunks(), "chunk")).append(')');
        }
        DisplayData d = new DisplayData(text.toString());
        d.putSVG(svg);
        d.putHTML("<div>" + svg + Html.note(Formats.plural(layers.size(), "layer") + ", "
                + Formats.plural(x.taskCount(), "task") + " after fusion") + "</div>");
        return d;
    }
}
