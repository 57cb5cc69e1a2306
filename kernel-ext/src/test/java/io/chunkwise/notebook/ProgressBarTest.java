package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.schedule.ComputationCancelledException;
import io.chunkwise.schedule.ProgressEvent;
import io.chunkwise.schedule.Scheduler;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live progress bar: one display, then in-place updates, ending in a final state, all from one thread. */
class ProgressBarTest {
    private static final long MS = 1_000_000L;

    private static ProgressEvent at(long done, long elapsedMs) {
        return new ProgressEvent("sum of sin", done, 400, done * 1000, 400_000, elapsedMs * MS);
    }

    private static String html(RecordingDisplayStream.Call c) {
        return Bundles.html(c.data());
    }

    @Test
    void showsNothingBeforeHalfASecondThenDisplaysAndUpdatesInPlace() {
        RecordingDisplayStream stream = new RecordingDisplayStream();
        ProgressBar bar = new ProgressBar(stream, 500 * MS, 200 * MS);
        bar.started(at(0, 0));
        bar.progress(at(10, 100));
        bar.progress(at(40, 400));
        bar.progress(at(60, 600));
        DisplayPublisher.await(DisplayPublisher.later(() -> { }));
        bar.progress(at(70, 700));
        bar.progress(at(120, 900));
        DisplayPublisher.await(DisplayPublisher.later(() -> { }));
        bar.finished(at(400, 2300), null);
        List<RecordingDisplayStream.Call> calls = stream.calls();
        assertEquals(List.of("display", "update", "update"), calls.stream().map(RecordingDisplayStream.Call::kind).toList(),
                "display at 0.6 s, update at 0.9 s (0.7 s is too soon), final update");
        String id = calls.get(0).id();
        assertNotNull(id, "the first display carries a display id");
        assertTrue(calls.stream().allMatch(c -> id.equals(c.id())), "every update targets that id");
        assertTrue(calls.stream().allMatch(c -> c.thread().equals("chunkwise-display")),
                "sent from the one publishing thread");
        Document first = Bundles.htmlDocument(calls.get(0).data());
        assertEquals("15.0", Bundles.all(first, "div").stream().filter(d -> d.hasAttribute("aria-valuenow"))
                .findFirst().orElseThrow().getAttribute("aria-valuenow"));
        assertTrue(html(calls.get(1)).contains("120 / 400 tasks"), html(calls.get(1)));
        assertTrue(html(calls.get(2)).contains("done in 2.3 s"), html(calls.get(2)));
    }

    @Test
    void cancelledComputationEndsInACancelledState() {
        RecordingDisplayStream stream = new RecordingDisplayStream();
        ProgressBar bar = new ProgressBar(stream, 0, 0);
        bar.started(at(0, 0));
        bar.progress(at(12, 700));
        bar.finished(at(12, 800), new ComputationCancelledException("interrupted"));
        List<RecordingDisplayStream.Call> calls = stream.calls();
        assertEquals(2, calls.size());
        assertTrue(html(calls.get(1)).contains("cancelled after 800 ms"), html(calls.get(1)));
        assertEquals("computation cancelled after 12 of 400 tasks", Cancellations.message());
    }

    @Test
    void shortComputationShowsNothing() {
        RecordingDisplayStream stream = new RecordingDisplayStream();
        ProgressBar bar = new ProgressBar(stream, 500 * MS, 200 * MS);
        bar.started(at(0, 0));
        bar.progress(at(300, 300));
        bar.finished(at(400, 420), null);
        assertEquals(List.of(), stream.calls());
    }

    @Test
    void noCellExecutingShowsNothing() {
        RecordingDisplayStream stream = new RecordingDisplayStream();
        stream.attached(false);
        ProgressBar bar = new ProgressBar(stream, 0, 0);
        bar.progress(at(10, 600));
        bar.finished(at(400, 900), null);
        assertEquals(List.of(), stream.calls());
    }

    @Test
    void realComputationReportsOneDisplayThenUpdatesEndingDone() {
        RecordingDisplayStream stream = new RecordingDisplayStream();
        NotebookProgress hook = new NotebookProgress(0, 0);
        hook.addStream(stream);
        hook.hook();
        try {
            ChunkedArray x = Chunkwise.random(1, new long[] {6000, 6000}, 250);
            double s = x.sin().sum().compute(Scheduler.threads(2)).item();
            assertTrue(s > 0);
        } finally {
            hook.unhook();
        }
        List<RecordingDisplayStream.Call> calls = stream.calls();
        assertTrue(calls.size() >= 2, "a display and at least the final update: " + calls.size());
        assertEquals("display", calls.get(0).kind());
        assertTrue(calls.subList(1, calls.size()).stream().allMatch(c -> c.kind().equals("update")
                && c.id().equals(calls.get(0).id())), "then only updates of that display");
        String last = html(calls.get(calls.size() - 1));
        assertTrue(last.contains("576 / 576 tasks") && last.contains("done in"), last);
    }

    @Test
    void noHookOutsideACellOrMagic() {
        NotebookProgress hook = new NotebookProgress(0, 0);
        RecordingDisplayStream stream = new RecordingDisplayStream();
        stream.attached(false);
        hook.addStream(stream);
        assertNull(hook.get(), "no listener when no cell executes and no magic runs");
        MagicScope.enter();
        try {
            assertNotNull(hook.get(), "inside a magic the outcome is recorded");
        } finally {
            MagicScope.exit();
        }
    }

    @Test
    void interruptedComputeMagicSaysHowFarItGotWithinASecond() throws Exception {
        Renderer renderer = new Renderer();
        List<DisplayData> shown = new ArrayList<>();
        ChunkedArray big = Chunkwise.random(1, new long[] {40000, 40000}, 1000).sin().sum();
        NotebookContext ctx = new NotebookContext(renderer, expr -> big, shown::add);
        ChunkwiseMagic compute = new ComputeMagic(ctx);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread cell = new Thread(() -> {
            try {
                outcome.set(ChunkwiseMagics.run(compute, List.of("big"), ctx));
            } catch (Exception e) {
                outcome.set(e);
            }
        }, "test-cell");
        cell.start();
        Thread.sleep(400);
        long t0 = System.nanoTime();
        cell.interrupt();
        cell.join(5000);
        long ms = (System.nanoTime() - t0) / MS;
        assertTrue(ms < 1000, "stopped " + ms + " ms after the interrupt");
        Object o = outcome.get();
        assertTrue(o instanceof DisplayData, "the magic reports instead of throwing: " + o);
        String text = Bundles.text((DisplayData) o);
        assertTrue(text.matches("computation cancelled after [0-9,]+ of 1,600 tasks"), text);
        assertEquals(List.of(o), shown, "and shows that line");
    }
}
