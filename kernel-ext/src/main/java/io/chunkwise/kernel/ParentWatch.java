package io.chunkwise.kernel;

/**
 * Ends the kernel when the process that started it ends, so a crashed notebook server or test client
 * never leaves an orphan JVM behind. Jupyter clients name their pid in {@code JPY_PARENT_PID} (on
 * Windows it is a handle, not a pid, and is ignored).
 */
final class ParentWatch {
    private ParentWatch() {
    }

    /** Arms the watch if {@code JPY_PARENT_PID} names a live process; returns whether it did. */
    static boolean exitWhenParentEnds() {
        String value = System.getenv("JPY_PARENT_PID");
        if (value == null || System.getProperty("os.name", "").startsWith("Windows")) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(value.strip())).map(parent -> {
                parent.onExit().thenRun(() -> {
                    System.err.println("chunkwise kernel: parent process " + value + " ended; exiting");
                    System.exit(0);
                });
                return true;
            }).orElse(false);
        } catch (NumberFormatException notAPid) {
            return false;
        }
    }
}
