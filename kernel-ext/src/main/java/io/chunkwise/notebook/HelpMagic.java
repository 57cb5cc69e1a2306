package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;
import java.util.Locale;

/** {@code %chunkwise}: every Chunkwise magic with its usage line and what it does. */
final class HelpMagic implements ChunkwiseMagic {
    static final MagicSpec SPEC = MagicSpec.of("chunkwise", "%chunkwise").build();
    static final String EXPR_NOTE = "EXPR is any Java expression, evaluated in the notebook (e.g. %hist x.mul(x)"
            + " --bins 50). Arguments are split at spaces and double quotes group words, so write a string"
            + " literal inside EXPR as \\\"text\\\", or assign it to a variable first.";

    private final List<ChunkwiseMagic> magics;

    /** Help over {@code magics}, listed in order, followed by itself. */
    HelpMagic(List<ChunkwiseMagic> magics) {
        this.magics = List.copyOf(magics);
    }

    @Override
    public MagicSpec spec() {
        return SPEC;
    }

    @Override
    public String summary() {
        return "this help: every Chunkwise magic with a one-line usage";
    }

    @Override
    public DisplayData run(List<String> args) {
        SPEC.parse(args);
        StringBuilder text = new StringBuilder("Chunkwise magics:");
        String cell = "padding:2px 10px;border:1px solid #ddd;text-align:left;";
        StringBuilder html = new StringBuilder("<div><table style=\"border-collapse:collapse;font-family:sans-serif;"
                + "font-size:13px\">\n<caption style=\"text-align:left;padding:0 0 4px 0;font-weight:bold\">"
                + "Chunkwise magics</caption>\n<tbody>\n");
        int width = 0;
        for (ChunkwiseMagic m : all()) {
            width = Math.max(width, m.spec().usage().length());
        }
        for (ChunkwiseMagic m : all()) {
            text.append('\n').append(String.format(Locale.ROOT, "  %-" + width + "s  %s", m.spec().usage(), m.summary()));
            html.append("<tr><td style=\"").append(cell).append("\"><code>").append(Html.escape(m.spec().usage()))
                    .append("</code></td><td style=\"").append(cell).append("\">").append(Html.escape(m.summary()))
                    .append("</td></tr>\n");
        }
        text.append('\n').append(EXPR_NOTE);
        html.append("</tbody></table>").append(Html.note(EXPR_NOTE)).append("</div>");
        DisplayData d = new DisplayData(text.toString());
        d.putHTML(html.toString());
        return d;
    }

    private List<ChunkwiseMagic> all() {
        java.util.ArrayList<ChunkwiseMagic> all = new java.util.ArrayList<>(magics);
        all.add(this);
        return all;
    }
}
