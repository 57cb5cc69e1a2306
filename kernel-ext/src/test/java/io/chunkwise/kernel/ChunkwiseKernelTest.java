package io.chunkwise.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.kernel.magic.registry.UndefinedMagicException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation, errors, interrupts and magics, exercised in-process (no Jupyter client). */
class ChunkwiseKernelTest {
    private static ChunkwiseKernel kernel;

    @BeforeAll
    static void startKernel() {
        kernel = new ChunkwiseKernel();
    }

    private static String text(DisplayData data) {
        assertNotNull(data, "expected a cell value");
        return String.valueOf(data.getData(MIMEType.TEXT_PLAIN));
    }

    private static String plain(List<String> lines) {
        return String.join("\n", lines).replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void cellValueIsTheLastExpressionRenderedFromTheRealObject() throws Exception {
        assertEquals("42", text(kernel.eval("int answerBase = 2;\nanswerBase * 21")));
        assertEquals("[1, 2]", text(kernel.eval("List.of(1, 2)")));
    }

    @Test
    void declarationsAndStatementsHaveNoValue() throws Exception {
        assertNull(kernel.eval("int declaredOnly = 3;"));
        assertNull(kernel.eval("System.out.print(\"\")"));
    }

    @Test
    void variableReferenceShowsItsValue() throws Exception {
        kernel.eval("String greeting = \"hi\";");
        assertEquals("hi", text(kernel.eval("greeting")));
    }

    @Test
    void evalExpressionReturnsTheRealObject() throws Exception {
        kernel.eval("List<Integer> realList = new ArrayList<>(List.of(4, 5));");
        Object value = kernel.evalExpression("realList");
        assertInstanceOf(List.class, value);
        assertEquals(List.of(4, 5), value);
        assertEquals(7, kernel.evalExpression("3 + 4;"));
    }

    @Test
    void chunkwiseClassesAreImportedByDefault() throws Exception {
        assertEquals(io.chunkwise.array.DType.FLOAT64.toString(), text(kernel.eval("DType.FLOAT64")));
        assertSame(io.chunkwise.array.DType.FLOAT64, kernel.evalExpression("DType.FLOAT64"),
                "cells must see the kernel's own classes, not copies from another class loader");
        assertSame(io.chunkwise.Chunkwise.class, kernel.evalExpression("Chunkwise.class"));
    }

    @Test
    void compileErrorNamesTheCellLineAndPointsAtTheCode() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> kernel.eval("int fine = 1;\nint broken = nope + 1;"));
        String report = plain(kernel.formatError(e));
        assertTrue(report.contains("line 2: cannot find symbol"), report);
        assertTrue(report.contains("    int broken = nope + 1;\n                 ^^^^"), report);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void runtimeExceptionIsReportedAsItselfWithCellFramesOnly() throws Exception {
        ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> kernel.eval("int[] small = new int[1];\nsmall[3] = 1;"));
        String report = plain(kernel.formatError(e));
        assertTrue(report.startsWith("java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds"), report);
        assertTrue(report.contains("at line 2 of cell"), report);
        assertFalse(report.contains("jdk.jshell") || report.contains("reflect") || report.contains("io.chunkwise.kernel"), report);
        assertEquals("2", text(kernel.eval("1 + 1")), "the kernel must keep working after an exception");
    }

    @Test
    void exceptionFromAMethodDefinedInAnEarlierCellShowsBothCells() throws Exception {
        kernel.eval("int failingHelper(int v) {\n    return 10 / v;\n}");
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> kernel.eval("failingHelper(0)"));
        String report = plain(kernel.formatError(e));
        assertTrue(report.contains("failingHelper, line 2 of cell"), report);
        assertTrue(report.contains("at line 1 of cell"), report);
    }

    @Test
    void stackOverflowIsReportedBrieflyAndTheKernelSurvives() throws Exception {
        kernel.eval("int recurseForever(int n) { return recurseForever(n + 1) + 1; }");
        UserCodeError e = assertThrows(UserCodeError.class, () -> kernel.eval("recurseForever(0)"));
        List<String> lines = kernel.formatError(e);
        assertTrue(plain(lines).startsWith("java.lang.StackOverflowError"), plain(lines));
        assertTrue(lines.size() <= Tracebacks.MAX_FRAMES + 2, "too long: " + lines.size() + " lines");
        assertEquals("2", text(kernel.eval("1 + 1")));
    }

    @Test
    void cellMagicGetsTheRestOfTheCell() throws Exception {
        List<String> bodies = new ArrayList<>();
        kernel.getMagics().registerCellMagic("collect", (args, body) -> {
            bodies.add(args + ":" + body);
            return null;
        });
        assertNull(kernel.eval("%%collect one\nline 1\nline 2"));
        assertEquals(List.of("[one]:line 1\nline 2"), bodies);
    }

    @Test
    void stdoutOfTheCellGoesToSystemOutAtCallTime() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            kernel.eval("System.out.println(\"printed from a cell\");");
        } finally {
            System.setOut(original);
        }
        assertEquals("printed from a cell\n", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void interruptStopsASleepingCellAndTheNextCellWorks() throws Exception {
        assertInterruptible("while (true) { Thread.sleep(20); }");
    }

    @Test
    void interruptStopsABusyLoop() throws Exception {
        assertInterruptible("long spins = 0;\nwhile (true) { spins++; }");
    }

    private static void assertInterruptible(String code) throws Exception {
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                kernel.eval(code);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(700);
        assertFalse(outcome.isDone(), "the loop should still be running");
        long t0 = System.nanoTime();
        kernel.interrupt();
        Throwable thrown = outcome.get(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertInstanceOf(CellInterruptedException.class, thrown);
        assertTrue(millis < 6_000, "took " + millis + " ms to stop");
        assertEquals("2", text(kernel.eval("1 + 1")));
    }

    @Test
    void lineMagicsRunInOrderWithTheJavaAroundThem() throws Exception {
        List<String> seen = new ArrayList<>();
        kernel.getMagics().registerLineMagic("record", args -> {
            seen.add(String.join("|", args) + "=" + kernel.evalExpression("magicInput * 2"));
            return null;
        });
        DisplayData out = kernel.eval("int magicInput = 21;\n%record a \"b c\"\nmagicInput + 1");
        assertEquals(List.of("a|b c=42"), seen);
        assertEquals("22", text(out));
    }

    @Test
    void unknownMagicIsAnErrorAndLeavesTheKernelUsable() throws Exception {
        assertThrows(UndefinedMagicException.class, () -> kernel.eval("%nosuchmagic x"));
        assertEquals("2", text(kernel.eval("1 + 1")));
    }

    @Test
    void completionOffersStringForStr() {
        var options = kernel.complete("int n = 1;\nStr", 14);
        assertTrue(options.getReplacements().contains("String"), options.getReplacements().toString());
        assertEquals(11, options.getSourceStart());
        assertEquals(14, options.getSourceEnd());
    }

    @Test
    void isCompleteTellsCompleteIncompleteAndInvalid() {
        assertEquals("complete", kernel.isComplete("int x = 1;"));
        assertEquals("", kernel.isComplete("int x = "));
        assertEquals("", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("invalid", kernel.isComplete("String s = \"unterminated"));
        assertEquals("complete", kernel.isComplete("%jars x.jar"));
    }

    @Test
    void inspectShowsTheSignatureAtTheCursor() throws Exception {
        DisplayData doc = kernel.inspect("Math.max(1, 2)", 6, false);
        assertTrue(text(doc).contains("max("), text(doc));
    }
}
