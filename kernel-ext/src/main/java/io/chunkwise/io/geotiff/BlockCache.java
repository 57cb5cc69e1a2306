package io.chunkwise.io.geotiff;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

/**
 * A bounded least-recently-used cache of decoded blocks, shared by every reader of one file.
 *
 * <p>The lock guards only the bookkeeping; blocks decode outside it, in parallel. Two threads
 * asking for the same missing block decode it once: the second waits for the first. A failed
 * decode is not cached, and its exception reaches every thread that waited for it.
 */
final class BlockCache {
    private static final class Slot {
        final CompletableFuture<DecodedBlock> future = new CompletableFuture<>();
        long bytes;
    }

    private final long capacity;
    private final LinkedHashMap<Integer, Slot> slots = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** A cache holding at most about {@code capacityBytes} of decoded data. */
    BlockCache(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    /** The block with this key, decoded by {@code loader} unless cached or being decoded. */
    DecodedBlock get(int key, IntFunction<DecodedBlock> loader) {
        Slot slot;
        boolean owner = false;
        synchronized (this) {
            slot = slots.get(key);
            if (slot == null) {
                slot = new Slot();
                slots.put(key, slot);
                owner = true;
            }
        }
        if (!owner) {
            try {
                return slot.future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
        DecodedBlock block;
        try {
            block = loader.apply(key);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                slots.remove(key, slot);
            }
            slot.future.completeExceptionally(e);
            throw e;
        }
        slot.future.complete(block);
        synchronized (this) {
            if (slots.get(key) == slot) {
                slot.bytes = block.bytes();
                bytes += slot.bytes;
                evict();
            }
        }
        return block;
    }

    /** The block with this key if it is cached and decoded, else null; never decodes. */
    synchronized DecodedBlock peek(int key) {
        Slot slot = slots.get(key);
        return slot != null && slot.future.isDone() && !slot.future.isCompletedExceptionally()
                ? slot.future.join() : null;
    }

    private void evict() {
        Iterator<Map.Entry<Integer, Slot>> it = slots.entrySet().iterator();
        while (bytes > capacity && it.hasNext()) {
            Slot s = it.next().getValue();
            if (s.bytes > 0) { // blocks still being decoded have no size yet and stay
                bytes -= s.bytes;
                it.remove();
            }
        }
    }

    /** Bytes of decoded data held now. */
    synchronized long bytes() {
        return bytes;
    }

    /** Drops every cached block. */
    synchronized void clear() {
        slots.clear();
        bytes = 0;
    }
}
