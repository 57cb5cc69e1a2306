package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.DisplayStream;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;

/**
 * Test seam: basekernel's {@link DisplayStream} publishes through a live Jupyter socket, so this
 * subclass records the display and update calls instead, with the thread that made each.
 */
final class RecordingDisplayStream extends DisplayStream {
    /** One call: "display" or "update", the display id, the data and the calling thread's name. */
    record Call(String kind, String id, DisplayData data, String thread) {
    }

    private final List<Call> calls = new ArrayList<>();
    private volatile boolean attached = true;

    void attached(boolean value) {
        attached = value;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public boolean isAttached() {
        return attached;
    }

    @Override
    public synchronized void display(DisplayData data) {
        calls.add(new Call("display", data.getDisplayId(), data, Thread.currentThread().getName()));
    }

    @Override
    public synchronized void updateDisplay(String id, DisplayData data) {
        calls.add(new Call("update", id, data, Thread.currentThread().getName()));
    }

    @Override
    public synchronized void updateDisplay(DisplayData data) {
        calls.add(new Call("update", data.getDisplayId(), data, Thread.currentThread().getName()));
    }
}
