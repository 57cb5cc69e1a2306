package io.chunkwise.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Answers the editor's questions about a cell from JShell's source analysis: completions at the cursor,
 * whether the cell is complete, and the documentation of the symbol at the cursor. Magic lines are
 * blanked out first, so they never confuse the Java analysis.
 */
final class CodeAssist {
    /** The three non-indent answers of an is-complete check, as the Jupyter protocol spells them. */
    static final String COMPLETE = "complete";
    static final String INVALID = "invalid";
    static final String INCOMPLETE_INDENT = "";

    private final JShell shell;

    CodeAssist(JShell shell) {
        this.shell = shell;
    }

    /** Completions for the identifier or member access that ends at {@code cursor}. */
    ReplacementOptions complete(String code, int cursor) {
        String text = CellParts.blankMagics(code);
        int at = clamp(cursor, text);
        int start = snippetStart(text, at);
        String prefix = text.substring(start, at);
        int[] anchor = new int[1];
        Set<String> options = new LinkedHashSet<>();
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis().completionSuggestions(prefix, prefix.length(), anchor);
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), start + anchor[0], at);
    }

    /** {@link #COMPLETE}, {@link #INVALID}, or the indent for the next line when more input is needed. */
    String isComplete(String code) {
        if (code.stripLeading().startsWith("%%")) {
            return COMPLETE;
        }
        String rest = CellParts.blankMagics(code);
        while (true) {
            CompletionInfo info = analysis().analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) {
                return COMPLETE;
            }
            if (c == Completeness.UNKNOWN) {
                return INVALID;
            }
            if (!c.isComplete()) {
                return INCOMPLETE_INDENT;
            }
            if (info.remaining().isBlank()) {
                return COMPLETE;
            }
            if (info.remaining().length() >= rest.length()) {
                return INVALID;
            }
            rest = info.remaining();
        }
    }

    /** Signatures (and Javadoc, where the JDK has it) of the symbol at the cursor; null if none. */
    String inspect(String code, int cursor) {
        String text = CellParts.blankMagics(code);
        int at = clamp(cursor, text);
        int end = at;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        int start = snippetStart(text, at);
        int call = end;
        while (call < text.length() && (text.charAt(call) == ' ' || text.charAt(call) == '\t')) {
            call++;
        }
        String snippet = call < text.length() && text.charAt(call) == '('
                ? text.substring(start, call + 1) : text.substring(start, end);
        List<SourceCodeAnalysis.Documentation> docs = analysis().documentation(snippet, snippet.length(), true);
        if (docs.isEmpty() && !snippet.endsWith("(")) {
            docs = analysis().documentation(snippet + "(", snippet.length() + 1, true);
        }
        StringBuilder out = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            out.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                out.append('\n').append(doc.javadoc().strip()).append("\n\n");
            }
        }
        if (out.length() == 0) {
            String name = identifierEndingAt(text, end);
            shell.variables().filter(v -> v.name().equals(name) && shell.status(v).isActive())
                    .forEach(v -> out.append(v.typeName()).append(' ').append(v.name()).append('\n'));
        }
        return out.length() == 0 ? null : out.toString().strip();
    }

    /** The start of the snippet that contains {@code cursor}: after the last complete snippet before it. */
    private int snippetStart(String text, int cursor) {
        String rest = text.substring(0, cursor);
        int offset = 0;
        while (true) {
            CompletionInfo info = analysis().analyzeCompletion(rest);
            String remaining = info.remaining();
            if (!info.completeness().isComplete() || remaining.isBlank() || remaining.length() >= rest.length()
                    || !rest.endsWith(remaining)) {
                return offset;
            }
            offset += rest.length() - remaining.length();
            rest = remaining;
        }
    }

    private static String identifierEndingAt(String text, int end) {
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    private static int clamp(int cursor, String text) {
        return Math.max(0, Math.min(cursor, text.length()));
    }
}
