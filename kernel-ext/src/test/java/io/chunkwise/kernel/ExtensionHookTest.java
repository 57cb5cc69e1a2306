package io.chunkwise.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The start-up hook calls an extension's static install() only when the class is present. */
class ExtensionHookTest {
    /** An extension that counts its installs. */
    public static final class CountingExtension {
        static final AtomicInteger INSTALLS = new AtomicInteger();

        public static void install() {
            INSTALLS.incrementAndGet();
        }
    }

    /** An extension whose install fails. */
    public static final class FailingExtension {
        public static void install() {
            throw new IllegalStateException("install failed on purpose");
        }
    }

    @Test
    void installsAPresentExtension() {
        int before = CountingExtension.INSTALLS.get();
        assertTrue(ExtensionHook.installIfPresent(CountingExtension.class.getName()));
        assertEquals(before + 1, CountingExtension.INSTALLS.get());
    }

    @Test
    void absentExtensionIsSkippedQuietly() {
        assertFalse(ExtensionHook.installIfPresent("io.chunkwise.notebook.NoSuchExtensionHere"));
    }

    @Test
    void failingInstallIsReportedNotThrown() {
        assertFalse(ExtensionHook.installIfPresent(FailingExtension.class.getName()));
    }
}
