package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reductions of arrays far larger than the heap stream through; results that cannot fit fail first. */
class BoundedMemoryTest {
    /** Run in a child JVM with -Xmx1g: the mean of a 12.8 GB virtual array. */
    public static void main(String[] args) {
        ChunkedArray x = Chunkwise.random(42, new long[] {40000, 40000}, 2000);
        double m = x.mul(x).mean().compute().item();
        System.out.println("MEAN " + m);
    }

    @Test
    void meanOfAVirtual12GbArrayCompletesWithA1GbHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BoundedMemoryTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child finished");
        assertEquals(0, p.exitValue(), out);
        double mean = Double.parseDouble(out.substring(out.indexOf("MEAN ") + 5).trim());
        assertEquals(1.0 / 3, mean, 1e-4, "mean of u^2 for uniform u is 1/3");
    }

    @Test
    void resultLargerThanTheHeapFailsBeforeAnyWorkWithAFix() {
        ChunkedArray x = Chunkwise.random(1, new long[] {40000, 40000}, 2000);
        ResultTooLargeException e = assertThrows(ResultTooLargeException.class, x::compute);
        assertTrue(e.getMessage().contains("(40000, 40000)") || e.getMessage().contains("[40000, 40000]"), e.getMessage());
        assertTrue(e.getMessage().contains("toZarr"), e.getMessage());
    }
}
