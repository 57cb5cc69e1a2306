package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the Chunkwise line magics into a basekernel {@link Magics} registry. Each registered
 * function shows the magic's output itself (IJava discards magic return values) and also returns it;
 * an interrupted computation shows one line such as "computation cancelled after 12 of 400 tasks"
 * instead of a stack trace.
 */
final class ChunkwiseMagics {
    private ChunkwiseMagics() {
    }

    /** The magics over {@code ctx}, help last. */
    static List<ChunkwiseMagic> create(NotebookContext ctx) {
        List<ChunkwiseMagic> list = new ArrayList<>(List.of(new ComputeMagic(ctx), new HistMagic(ctx),
                new DescribeMagic(ctx), new PreviewMagic(ctx), new GraphMagic(ctx), new SchedulerMagic()));
        list.add(new HelpMagic(list));
        return list;
    }

    /** Registers every magic over {@code ctx} into {@code magics}. */
    static void register(Magics magics, NotebookContext ctx) {
        for (ChunkwiseMagic m : create(ctx)) {
            magics.registerLineMagic(m.spec().name(), args -> run(m, args, ctx));
        }
    }

    /** Runs {@code m}, shows what it returns (or the cancellation line) and returns it. */
    static DisplayData run(ChunkwiseMagic m, List<String> args, NotebookContext ctx) throws Exception {
        NotebookProgress.INSTANCE.hook();
        MagicScope.enter();
        DisplayData out;
        try {
            out = m.run(args);
        } catch (Exception e) {
            if (!Cancellations.isCancellation(e)) {
                throw e;
            }
            // the interrupt is handled here: the computation stopped and the user is told so
            Thread.interrupted();
            out = Cancellations.display(Cancellations.message());
        } finally {
            MagicScope.exit();
        }
        ctx.show(out);
        return out;
    }
}
