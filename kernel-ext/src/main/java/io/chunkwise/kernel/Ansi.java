package io.chunkwise.kernel;

/** ANSI colours for error text; Jupyter front ends render them in tracebacks. */
final class Ansi {
    private Ansi() {
    }

    static String red(String s) {
        return "\u001b[1;31m" + s + "\u001b[0m";
    }

    static String bold(String s) {
        return "\u001b[1m" + s + "\u001b[0m";
    }
}
