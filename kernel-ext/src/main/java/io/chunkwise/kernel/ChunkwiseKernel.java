package io.chunkwise.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The Chunkwise Jupyter kernel: Java cells evaluated by JShell inside the kernel's own JVM, so cell
 * values are real objects drawn by the kernel's {@link #getRenderer() renderer}.
 *
 * <p>Besides evaluation it answers completion, is-complete and inspect requests, stops a running cell on
 * an interrupt request, runs line magics ({@code %jars}, {@code %classpath} and whatever extensions
 * register in {@link #getMagics()}), and reports errors briefly: compile errors point at the cell line,
 * runtime exceptions show only the frames of cell code and the libraries it called.
 *
 * <p>Start it with a Jupyter connection file: {@code java -cp 'lib/*' io.chunkwise.kernel.ChunkwiseKernel
 * connection.json}; {@code kernel.json} in the built kernelspec does exactly that.
 */
public class ChunkwiseKernel extends BaseKernel {
    /** The notebook extension installed at start when it is on the classpath. */
    static final String EXTENSION_CLASS = "io.chunkwise.notebook.ChunkwiseExtension";

    private static volatile ChunkwiseKernel instance;

    private final UserCodeRunner runner = new UserCodeRunner();
    private final JavaSession session;
    private final Magics magics = new Magics();
    private final CodeAssist assist;
    private final Tracebacks tracebacks;
    private final LanguageInfo languageInfo;

    /** A kernel with a fresh JShell session that compiles against this JVM's classpath. */
    public ChunkwiseKernel() {
        super(StandardCharsets.UTF_8);
        this.session = new JavaSession(runner);
        this.assist = new CodeAssist(session.shell());
        this.tracebacks = new Tracebacks(session.origins());
        this.languageInfo = new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
        new ClasspathMagics(session::addToClasspath, Path.of("").toAbsolutePath()).registerIn(magics);
        session.importDefaults().forEach(w -> System.err.println("chunkwise kernel: " + w));
        instance = this;
    }

    /** The running kernel (the one created last in this JVM), or null outside a Chunkwise kernel. */
    public static ChunkwiseKernel getKernelInstance() {
        return instance;
    }

    /**
     * The line and cell magics of this kernel; extensions register theirs here. A magic's return value
     * is not shown (as in IJava): magics display or print their own output.
     */
    public Magics getMagics() {
        return magics;
    }

    /**
     * Evaluates a Java expression in the notebook's session and returns its value (primitives boxed).
     *
     * @throws CompilationException if it does not compile or is not a single expression
     * @throws Exception            whatever the expression throws when evaluated
     */
    public Object evalExpression(String javaExpr) throws Exception {
        return session.evalExpression(javaExpr);
    }

    /** Adds a jar or class directory to the session's classpath, as {@code %classpath} does. */
    public void addToClasspath(String path) {
        session.addToClasspath(path);
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        runner.reset();
        try {
            return evalCell(code);
        } finally {
            runner.reset();
        }
    }

    private DisplayData evalCell(String code) throws Exception {
        CellText cell = new CellText(code, "cell [" + (executionCount.get() - 1) + "]");
        JavaSession.Result last = JavaSession.Result.NONE;
        for (CellParts.Part part : CellParts.parse(code)) {
            if (runner.interruptRequested()) {
                throw new CellInterruptedException();
            }
            last = JavaSession.Result.NONE;
            if (part instanceof CellParts.JavaCode java) {
                last = session.eval(cell, java.start(), java.end());
            } else if (part instanceof CellParts.LineMagic m) {
                runMagic(() -> magics.applyLineMagic(m.name(), m.args()));
            } else if (part instanceof CellParts.CellMagic m) {
                runMagic(() -> magics.applyCellMagic(m.name(), m.args(), m.body()));
            }
        }
        if (!last.hasValue()) {
            return null;
        }
        Object value = last.value();
        if (value instanceof DisplayData data) {
            return data;
        }
        return value == null ? new DisplayData("null") : getRenderer().render(value);
    }

    private void runMagic(java.util.concurrent.Callable<Object> magic) throws Exception {
        try {
            runner.call(magic);
        } catch (Exception e) {
            if (runner.interruptRequested()) {
                throw new CellInterruptedException();
            }
            throw e;
        } catch (Error e) {
            throw runner.interruptRequested() ? new CellInterruptedException() : new UserCodeError(e);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CompilationException c) {
            return c.report();
        }
        if (e instanceof CellInterruptedException) {
            return List.of(Ansi.red("Interrupted") + ": " + e.getMessage());
        }
        return tracebacks.format(e);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return assist.complete(code, at);
    }

    @Override
    public String isComplete(String code) {
        return assist.isComplete(code);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String doc = assist.inspect(code, at);
        return doc == null ? null : new DisplayData(doc);
    }

    @Override
    public void interrupt() {
        runner.interrupt();
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "Chunkwise Java kernel (JShell on Java " + Runtime.version() + ")";
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        runner.interrupt();
        session.close();
    }

    /**
     * Drops basekernel's INFO records (every channel loop logs its start and stop) from the console log,
     * keeping its warnings and every record of other code.
     */
    private static void quietBasekernelInfo() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter previous = handler.getFilter();
            handler.setFilter(record -> {
                String source = record.getSourceClassName();
                boolean chatter = record.getLevel().intValue() < Level.WARNING.intValue()
                        && source != null && source.startsWith("io.github.spencerpark.jupyter.");
                return !chatter && (previous == null || previous.isLoggable(record));
            });
        }
    }

    /** Starts the kernel on the connection file {@code args[0]} and serves until shutdown. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ChunkwiseKernel <connection-file.json>");
            System.exit(2);
        }
        JupyterSocket.JUPYTER_LOGGER.setLevel(Level.WARNING);
        quietBasekernelInfo();
        ParentWatch.exitWhenParentEnds();
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        JupyterConnection connection = new JupyterConnection(KernelConnectionProperties.parse(json));
        ChunkwiseKernel kernel = new ChunkwiseKernel();
        ExtensionHook.installIfPresent(EXTENSION_CLASS);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }
}
