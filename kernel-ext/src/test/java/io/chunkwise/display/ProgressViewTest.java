package io.chunkwise.display;

import io.chunkwise.schedule.ProgressEvent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressViewTest {
    private static final long SEC = 1_000_000_000L;
    private static final ProgressEvent HALF = new ProgressEvent("sum of mul", 204, 400, 1_632_000_000L,
            3_200_000_000L, SEC);

    private static Element bar(Document d) {
        for (Element e : Xml.all(d, "div")) {
            if ("progressbar".equals(e.getAttribute("role"))) {
                return e;
            }
        }
        throw new AssertionError("no progressbar element");
    }

    private static String status(Document d) {
        var divs = Xml.all(d, "div");
        return divs.get(divs.size() - 1).getTextContent();
    }

    @Test
    void showsChunksBytesElapsedAndEtaWhileRunning() {
        Document d = Xml.parse(ProgressView.html(HALF, false, null));
        assertEquals("51.0", bar(d).getAttribute("aria-valuenow"));
        assertTrue(Xml.all(bar(d), "div").get(0).getAttribute("style").startsWith("width:51.0%"));
        assertEquals("204 / 400 tasks \u00b7 1.52 GiB / 2.98 GiB \u00b7 1.0 s elapsed \u00b7 ETA 961 ms", status(d));
        assertEquals("sum of mul", Xml.all(d, "div").get(1).getTextContent());
    }

    @Test
    void showsUnknownEtaBeforeTheFirstChunk() {
        ProgressEvent start = new ProgressEvent("x", 0, 400, 0, 0, 5_000_000L);
        assertTrue(status(Xml.parse(ProgressView.html(start, false, null))).endsWith("ETA unknown"));
    }

    @Test
    void showsDoneWithTotalTime() {
        ProgressEvent end = new ProgressEvent("x", 400, 400, 3_200_000_000L, 3_200_000_000L, 2_300_000_000L);
        Document d = Xml.parse(ProgressView.html(end, true, null));
        assertEquals("100.0", bar(d).getAttribute("aria-valuenow"));
        assertEquals("400 / 400 tasks \u00b7 2.98 GiB / 2.98 GiB \u00b7 done in 2.3 s", status(d));
    }

    @Test
    void showsFailureWithEscapedMessage() {
        Document d = Xml.parse(ProgressView.html(HALF, true, new IllegalStateException("chunk (3, 4) of <mul> & co")));
        assertEquals("204 / 400 tasks \u00b7 1.52 GiB / 2.98 GiB \u00b7 failed after 1.0 s: chunk (3, 4) of <mul> & co",
                status(d));
    }

    @Test
    void recognisesCancellationAmongTheCauses() {
        Throwable wrapped = new RuntimeException("compute stopped", new CancellationException("interrupted"));
        assertTrue(status(Xml.parse(ProgressView.html(HALF, false, wrapped))).endsWith("cancelled after 1.0 s"));
        Throwable interrupted = new RuntimeException(new InterruptedException());
        assertTrue(ProgressView.text(HALF, false, interrupted).endsWith("cancelled after 1.0 s"));
    }

    @Test
    void rendersTextLineLikeDaskProgressBar() {
        assertEquals("[###############               ]  51% | 204 / 400 tasks | 1.52 GiB / 2.98 GiB | 1.0 s elapsed"
                + " | ETA 961 ms", ProgressView.text(HALF, false, null));
        ProgressEvent noBytes = new ProgressEvent("x", 1, 1, 0, 0, 850_000_000L);
        assertEquals("[##############################] 100% | 1 / 1 task | done in 850 ms",
                ProgressView.text(noBytes, true, null));
    }
}
