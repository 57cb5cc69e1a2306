package io.chunkwise.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Formats an exception thrown by cell code as {@code Class: message} plus the frames that matter to
 * the user: frames of cell code (shown as cell lines) and the library frames they called, but not the
 * reflection, JShell and kernel frames underneath.
 */
final class Tracebacks {
    static final int MAX_FRAMES = 12;
    static final int MAX_CAUSES = 5;

    private final SnippetOrigins origins;

    Tracebacks(SnippetOrigins origins) {
        this.origins = origins;
    }

    /** The traceback lines for {@code error}, its causes included. */
    List<String> format(Throwable error) {
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = error instanceof UserCodeError && error.getCause() != null ? error.getCause() : error;
        String prefix = "";
        for (int depth = 0; t != null && seen.add(t) && depth <= MAX_CAUSES; depth++) {
            lines.add(prefix + Ansi.red(t.getClass().getName()) + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            List<StackTraceElement> frames = relevantFrames(t.getStackTrace());
            int shown = Math.min(frames.size(), depth == 0 ? MAX_FRAMES : MAX_FRAMES / 2);
            for (int i = 0; i < shown; i++) {
                lines.add("    at " + describe(frames.get(i)));
            }
            if (frames.size() > shown) {
                lines.add("    ... " + (frames.size() - shown) + " more");
            }
            prefix = "Caused by: ";
            t = t.getCause();
        }
        return lines;
    }

    /**
     * Gives the cell frames of {@code failure} (and its causes) the snippet id and snippet line that
     * JShell computed for the same frames of {@code translated}: the raw frames name JShell's generated
     * wrapper source instead.
     */
    static void adoptSnippetFrames(Throwable failure, Throwable translated) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable f = failure, t = translated; f != null && t != null && seen.add(f); f = f.getCause(), t = t.getCause()) {
            StackTraceElement[] raw = f.getStackTrace();
            StackTraceElement[] mapped = t.getStackTrace();
            boolean changed = false;
            for (int i = 0; i < Math.min(raw.length, mapped.length); i++) {
                String file = mapped[i].getFileName();
                if (isCellFrame(raw[i]) && file != null && file.startsWith("#")) {
                    raw[i] = new StackTraceElement(raw[i].getClassName(), raw[i].getMethodName(), file, mapped[i].getLineNumber());
                    changed = true;
                }
            }
            if (changed) {
                f.setStackTrace(raw);
            }
        }
    }

    /** The frames down to the deepest cell frame, or down to the kernel machinery if there is none. */
    static List<StackTraceElement> relevantFrames(StackTraceElement[] trace) {
        int lastCell = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isCellFrame(trace[i])) {
                lastCell = i;
            }
        }
        List<StackTraceElement> kept = new ArrayList<>();
        for (int i = 0; i < trace.length; i++) {
            if (lastCell >= 0 ? i > lastCell : isMachinery(trace[i])) {
                break;
            }
            kept.add(trace[i]);
        }
        return kept;
    }

    private String describe(StackTraceElement frame) {
        if (!isCellFrame(frame)) {
            return frame.toString();
        }
        String method = frame.getMethodName();
        String what = method.startsWith("do_it$") ? "" : method.replace("$", ".") + ", ";
        String file = frame.getFileName();
        SnippetOrigins.Origin origin = file != null && file.startsWith("#") ? origins.find(file.substring(1)) : null;
        if (origin == null) {
            return what + "line " + frame.getLineNumber() + " of snippet " + file;
        }
        return what + "line " + origin.cellLine(frame.getLineNumber()) + " of " + origin.cell().label();
    }

    static boolean isCellFrame(StackTraceElement frame) {
        return frame.getClassName().startsWith("REPL.");
    }

    private static boolean isMachinery(StackTraceElement frame) {
        String c = frame.getClassName();
        return c.startsWith("jdk.internal.reflect.") || c.startsWith("java.lang.reflect.")
                || c.startsWith("jdk.jshell.") || c.startsWith(Tracebacks.class.getPackageName() + ".")
                || c.startsWith("io.github.spencerpark.jupyter.kernel.magic.");
    }
}
