package io.chunkwise.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets in the kernel's own JVM and keeps their results as real objects.
 *
 * <p>Snippet classes are loaded by JShell's default loader delegate, a class loader whose parent is
 * the application class loader, so cells link against the kernel's classpath (Chunkwise, the
 * basekernel). Each snippet body runs through the {@link UserCodeRunner}, which makes it interruptible.
 * The value and any exception of the latest snippet are kept for the kernel to read; JShell itself only
 * ever sees an empty value string, so a slow or failing {@code toString()} costs nothing.
 */
final class CellExecutionControl extends DirectExecutionControl {
    private final UserCodeRunner runner;
    private volatile Object lastValue;
    private volatile Throwable lastFailure;

    CellExecutionControl(UserCodeRunner runner) {
        this.runner = runner;
    }

    /** The value returned by the latest snippet body (null for statements and declarations). */
    Object lastValue() {
        return lastValue;
    }

    /** What the latest snippet body threw, or null if it completed normally. */
    Throwable lastFailure() {
        return lastFailure;
    }

    /** Forgets the latest value and failure, so they can be released. */
    void clearLast() {
        lastValue = null;
        lastFailure = null;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        clearLast();
        ClassLoader snippetLoader = doit.getDeclaringClass().getClassLoader();
        try {
            lastValue = runner.call(() -> {
                Thread.currentThread().setContextClassLoader(snippetLoader);
                return doit.invoke(null);
            });
            return "";
        } catch (CellInterruptedException e) {
            throw new ExecutionControl.StoppedException();
        } catch (InvocationTargetException e) {
            if (runner.interruptRequested()) {
                throw new ExecutionControl.StoppedException();
            }
            lastFailure = e.getCause();
            throw e;
        } catch (Exception e) {
            throw e;
        } catch (Throwable t) {
            if (runner.interruptRequested()) {
                throw new ExecutionControl.StoppedException();
            }
            lastFailure = t;
            throw new InvocationTargetException(t);
        }
    }

    @Override
    public void stop() {
        runner.interrupt();
    }

    /** Hands this control to JShell's builder. */
    ExecutionControlProvider provider() {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "chunkwise";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return CellExecutionControl.this;
            }
        };
    }
}
