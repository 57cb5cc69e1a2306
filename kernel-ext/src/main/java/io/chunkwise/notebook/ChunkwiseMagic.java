package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/** One of our line magics: its argument spec, a one-line summary, and what it shows for given arguments. */
interface ChunkwiseMagic {
    /** The accepted arguments, with the magic's name and usage line. */
    MagicSpec spec();

    /** What the magic does, in one line. */
    String summary();

    /**
     * Runs the magic and returns what to show in the cell.
     *
     * @throws MagicUsageException on bad arguments
     * @throws Exception whatever evaluating the expression or computing throws
     */
    DisplayData run(List<String> args) throws Exception;
}
