package io.chunkwise.kernel;

/**
 * The source of one cell and the label it is reported under (such as {@code "cell [3]"}), with line
 * arithmetic for error messages.
 *
 * @param text  the cell's source as the user typed it
 * @param label how messages name this cell
 */
record CellText(String text, String label) {

    /** The 1-based line holding character {@code pos} (clamped into the text). */
    int lineOf(int pos) {
        int end = clamp(pos);
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset of the first character of the line holding {@code pos}. */
    int lineStart(int pos) {
        int p = clamp(pos);
        int nl = text.lastIndexOf('\n', p - 1);
        return nl + 1;
    }

    /** The text of the line holding {@code pos}, without its line break. */
    String lineTextAt(int pos) {
        int start = lineStart(pos);
        int nl = text.indexOf('\n', start);
        String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private int clamp(int pos) {
        return Math.max(0, Math.min(pos, text.length()));
    }
}
