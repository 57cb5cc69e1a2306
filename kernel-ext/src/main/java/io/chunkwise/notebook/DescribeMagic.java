package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/** {@code %describe EXPR}: count, NaN count, mean, std, min, quartiles and max of an array, as a table. */
final class DescribeMagic extends ExpressionMagic {
    static final MagicSpec SPEC = MagicSpec.of("describe", "%describe EXPR").expr().build();

    DescribeMagic(NotebookContext ctx) {
        super(ctx, SPEC, "count, NaN count, mean, std, min, exact quartiles and max of an array");
    }

    @Override
    public DisplayData run(List<String> args) throws Exception {
        String expr = SPEC.parse(args).expr();
        Object value = ctx.eval(SPEC.name(), expr);
        return DescribeView.of(DescribeStats.of(Operands.array(SPEC, expr, value)), expr);
    }
}
