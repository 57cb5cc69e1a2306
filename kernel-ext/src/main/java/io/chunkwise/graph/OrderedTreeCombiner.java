package io.chunkwise.graph;

import io.chunkwise.kernels.Partial;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Combines the partials of one output block in a fixed binary tree over their positions, whatever
 * order they arrive in: results are identical under any scheduler, and at most O(log n) partials
 * plus those that arrived early are held.
 */
final class OrderedTreeCombiner {
    private final long expected;
    private final java.util.function.Consumer<Partial> absorbed;
    private final Map<Long, Partial> early = new HashMap<>();
    private final Deque<Partial> stack = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();
    private long next;

    /** {@code absorbed} receives each partial once it has been combined into another (free to reuse). */
    OrderedTreeCombiner(long expected, java.util.function.Consumer<Partial> absorbed) {
        this.expected = expected;
        this.absorbed = absorbed;
    }

    /** Adds the partial at {@code position}; returns the combined result once all have arrived, else null. */
    synchronized Partial offer(long position, Partial p) {
        early.put(position, p);
        Partial q;
        while ((q = early.remove(next)) != null) {
            next++;
            int level = 0;
            while (!levels.isEmpty() && levels.peek() == level) {
                Partial left = stack.pop();
                levels.pop();
                left.combine(q);
                absorbed.accept(q);
                q = left;
                level++;
            }
            stack.push(q);
            levels.push(level);
        }
        if (next < expected) {
            return null;
        }
        Partial acc = stack.pollLast();
        while (!stack.isEmpty()) {
            Partial rest = stack.pollLast();
            acc.combine(rest);
            absorbed.accept(rest);
        }
        return acc;
    }
}
