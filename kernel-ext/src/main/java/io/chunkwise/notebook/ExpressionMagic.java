package io.chunkwise.notebook;

/**
 * A magic whose argument is a Java expression evaluated by the kernel: holds the context that
 * evaluates it, the argument spec and the one-line summary, so each magic only says what it does
 * with the value.
 */
abstract class ExpressionMagic implements ChunkwiseMagic {
    final NotebookContext ctx;
    private final MagicSpec spec;
    private final String summary;

    ExpressionMagic(NotebookContext ctx, MagicSpec spec, String summary) {
        this.ctx = ctx;
        this.spec = spec;
        this.summary = summary;
    }

    @Override
    public final MagicSpec spec() {
        return spec;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
