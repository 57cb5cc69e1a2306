package io.chunkwise.schedule;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress arrives from one reporter, throttled and monotonic, and always ends with a final event. */
class ProgressTest {
    @Test
    void listenerSeesMonotonicThrottledProgressAndOneFinalEvent() {
        List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        ProgressEvent[] last = new ProgressEvent[1];
        Throwable[] failure = {new Throwable("not called")};
        ProgressListener l = new ProgressListener() {
            @Override
            public void progress(ProgressEvent e) {
                events.add(e);
                threads.add(Thread.currentThread().getName());
            }

            @Override
            public void finished(ProgressEvent e, Throwable f) {
                last[0] = e;
                failure[0] = f;
            }
        };
        ChunkedArray x = Chunkwise.random(5, new long[] {6000, 6000}, 500);
        x.sin().sum().compute(Scheduler.threads(2).withProgress(l));
        assertNull(failure[0]);
        assertEquals(144, last[0].tasksTotal());
        assertEquals(144, last[0].tasksDone());
        assertEquals(6000L * 6000 * 8, last[0].bytesTotal());
        assertEquals(last[0].bytesTotal(), last[0].bytesDone());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).tasksDone() > events.get(i - 1).tasksDone(), "monotonic");
            assertTrue(events.get(i).elapsedNanos() - events.get(i - 1).elapsedNanos() >= 90_000_000L, "throttled");
        }
        assertTrue(threads.stream().allMatch("chunkwise-progress"::equals), "updates come from the reporter: " + threads);
    }
}
