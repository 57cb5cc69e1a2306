package io.chunkwise.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * A JShell session that runs in the kernel's JVM: evaluates the Java parts of cells snippet by snippet,
 * returns the value of a trailing expression as a real object, and reports failures as exceptions
 * ({@link CompilationException}, {@link CellInterruptedException}, or the exception the code threw).
 */
final class JavaSession implements AutoCloseable {
    /** Imports every session starts with. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "import io.chunkwise.*;", "import io.chunkwise.array.*;", "import java.util.*;", "import java.nio.file.*;");

    /** The outcome of evaluating code: whether it ended in an expression, and that expression's value. */
    record Result(boolean hasValue, Object value) {
        static final Result NONE = new Result(false, null);
    }

    private final UserCodeRunner runner;
    private final CellExecutionControl control;
    private final JShell shell;
    private final SnippetOrigins origins = new SnippetOrigins();
    private final List<String> addedClasspath = new ArrayList<>();

    /**
     * A session whose snippets compile against this JVM's classpath ({@code java.class.path}, JShell's
     * default for in-process compilation) plus what {@link #addToClasspath} adds. No {@code --class-path}
     * compiler option is passed: it would hide the paths added later.
     */
    JavaSession(UserCodeRunner runner) {
        this.runner = runner;
        this.control = new CellExecutionControl(runner);
        this.shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                .build();
    }

    /** Adds the default imports; returns a warning for each one that did not compile. */
    List<String> importDefaults() {
        List<String> warnings = new ArrayList<>();
        for (String imp : DEFAULT_IMPORTS) {
            for (SnippetEvent e : shell.eval(imp)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    warnings.add(imp + " failed: " + shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; ")));
                }
            }
        }
        return warnings;
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    JShell shell() {
        return shell;
    }

    SnippetOrigins origins() {
        return origins;
    }

    /** The paths added with {@link #addToClasspath}, in order. */
    synchronized List<String> addedClasspath() {
        return List.copyOf(addedClasspath);
    }

    /** Makes the classes and resources under {@code path} (a jar or a directory) visible to cells. */
    synchronized void addToClasspath(String path) {
        shell.addToClasspath(path);
        addedClasspath.add(path);
    }

    /**
     * Evaluates {@code cell.text()[start, end)} snippet by snippet, stopping at the first failure.
     * Returns the value of the last snippet if it is an expression (not a declaration or statement).
     */
    Result eval(CellText cell, int start, int end) throws Exception {
        String rest = cell.text().substring(start, end);
        int offset = start;
        Result result = Result.NONE;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis().analyzeCompletion(rest);
            boolean complete = info.completeness().isComplete() && info.source() != null
                    && rest.endsWith(info.remaining()) && info.remaining().length() < rest.length();
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            String source = complete ? info.source() : rest;
            result = evalSnippet(source, cell, offset);
            if (!complete) {
                break;
            }
            offset += rest.length() - info.remaining().length();
            rest = info.remaining();
        }
        return result;
    }

    /**
     * Evaluates a Java expression and returns its value (boxed if primitive). Compile errors, failures
     * and interrupts are thrown as in {@link #eval}.
     */
    Object evalExpression(String expression) throws Exception {
        String body = withoutTrailingSemicolons(expression);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("expected a Java expression, got \"" + expression + "\"");
        }
        String prefix = EvalResultSlot.class.getName() + ".put(\n";
        String source = prefix + body + "\n);";
        CellText text = new CellText(body, "expression");
        return runner.uninterruptibly(() -> {
            CompletionInfo info = analysis().analyzeCompletion(source);
            if (!info.completeness().isComplete() || !info.remaining().isBlank()) {
                throw new CompilationException("not a single Java expression: " + body,
                        List.of(Ansi.red("Compile error") + ": not a single Java expression: " + body));
            }
            EvalResultSlot.take();
            evalSnippet(source, text, -prefix.length());
            return EvalResultSlot.take();
        });
    }

    private static String withoutTrailingSemicolons(String expression) {
        String body = expression.strip();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        return body;
    }

    private Result evalSnippet(String source, CellText cell, int offset) throws Exception {
        List<SnippetEvent> events = shell.eval(source);
        Result result = Result.NONE;
        try {
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                origins.record(event.snippet().id(), cell, offset + leadingBlanks(cell, offset));
                if (runner.interruptRequested()) {
                    throw new CellInterruptedException();
                }
                check(event, cell, offset);
                result = hasValue(event.snippet()) ? new Result(true, control.lastValue()) : Result.NONE;
            }
        } finally {
            control.clearLast();
        }
        return result;
    }

    private void check(SnippetEvent event, CellText cell, int offset) throws Exception {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            throw CompileErrors.of(shell.diagnostics(snippet).collect(Collectors.toList()), cell, offset);
        }
        if (event.exception() instanceof EvalException eval) {
            Throwable failure = control.lastFailure();
            Tracebacks.adoptSnippetFrames(failure, eval);
            if (failure instanceof Exception e) {
                throw e;
            }
            if (failure instanceof Error err) {
                throw new UserCodeError(err);
            }
            throw eval;
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            throw unresolved(unresolved.getSnippet(), cell, offset, "cannot be called yet");
        }
        if (snippet instanceof DeclarationSnippet decl) {
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                throw unresolved(decl, cell, offset, "cannot be defined yet");
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
                System.err.println("note: " + decl.name() + " is defined but cannot be used until "
                        + missing(decl) + " is declared");
            }
        }
    }

    private CompilationException unresolved(DeclarationSnippet decl, CellText cell, int offset, String what) {
        String message = decl.name() + " " + what + ": " + missing(decl) + " is not declared";
        List<String> report = new ArrayList<>();
        report.add(Ansi.red("Compile error") + " in " + cell.label() + ": " + message);
        report.addAll(CompileErrors.pointer(cell, offset + leadingBlanks(cell, offset), offset + leadingBlanks(cell, offset) + 1));
        return new CompilationException(message, report);
    }

    private String missing(DeclarationSnippet decl) {
        return shell.unresolvedDependencies(decl).collect(Collectors.joining(", "));
    }

    private static int leadingBlanks(CellText cell, int offset) {
        int i = Math.max(offset, 0);
        while (i < cell.text().length() && Character.isWhitespace(cell.text().charAt(i))) {
            i++;
        }
        return i - Math.max(offset, 0);
    }

    private static boolean hasValue(Snippet snippet) {
        return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    @Override
    public void close() {
        shell.close();
    }
}
