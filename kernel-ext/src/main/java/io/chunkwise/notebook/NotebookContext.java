package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.DisplayStream;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.function.Consumer;

/**
 * What magics need from the kernel: evaluating {@code EXPR}, rendering values with the kernel's
 * renderer, and showing output in the executing cell.
 */
final class NotebookContext {
    private final Renderer renderer;
    private final ExpressionEvaluator evaluator;
    private final Consumer<DisplayData> output;

    NotebookContext(Renderer renderer, ExpressionEvaluator evaluator, Consumer<DisplayData> output) {
        this.renderer = renderer;
        this.evaluator = evaluator;
        this.output = output;
    }

    /**
     * The context of {@code kernel}: output goes to the executing cell through the
     * {@link DisplayPublisher}, or as text to {@code System.out} when no cell is executing.
     */
    static NotebookContext of(BaseKernel kernel, ExpressionEvaluator evaluator) {
        return new NotebookContext(kernel.getRenderer(), evaluator, d -> {
            DisplayStream s = kernel.getIO().display;
            if (s.isAttached()) {
                DisplayPublisher.display(s, d);
            } else {
                System.out.println(d.getData(MIMEType.TEXT_PLAIN));
            }
        });
    }

    Renderer renderer() {
        return renderer;
    }

    /** Shows {@code data} in the executing cell. */
    void show(DisplayData data) {
        output.accept(data);
    }

    /**
     * Evaluates {@code expr} in the notebook's session.
     *
     * @throws MagicUsageException when this kernel cannot evaluate expressions for magics
     */
    Object eval(String magic, String expr) throws Exception {
        if (evaluator == null) {
            throw new MagicUsageException("%" + magic + ": this kernel cannot evaluate '" + expr + "' for a magic:"
                    + " it has no evalRaw(String); install the extension with"
                    + " ChunkwiseExtension.install(kernel, magics, evaluator) to supply one");
        }
        return evaluator.evaluate(expr);
    }
}
