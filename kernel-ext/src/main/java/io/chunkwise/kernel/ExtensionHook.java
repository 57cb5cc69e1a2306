package io.chunkwise.kernel;

import java.lang.reflect.InvocationTargetException;

/**
 * Calls the static no-argument {@code install()} of an extension class if that class is on the kernel's
 * classpath, so the notebook layer (renderers, magics) is ready before the first cell. A missing class
 * is normal; a failing install is reported on the kernel's stderr and the kernel starts anyway.
 */
final class ExtensionHook {
    private ExtensionHook() {
    }

    /** Installs {@code className}; returns whether it was present and installed without error. */
    static boolean installIfPresent(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, true, ExtensionHook.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return false;
        } catch (LinkageError broken) {
            System.err.println("chunkwise kernel: could not load " + className + ": " + broken);
            return false;
        }
        try {
            type.getMethod("install").invoke(null);
            return true;
        } catch (InvocationTargetException e) {
            System.err.println("chunkwise kernel: " + className + ".install() failed: " + e.getCause());
            e.getCause().printStackTrace();
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("chunkwise kernel: cannot call " + className + ".install(): " + e);
        }
        return false;
    }
}
