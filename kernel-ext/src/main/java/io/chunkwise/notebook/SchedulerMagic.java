package io.chunkwise.notebook;

import io.chunkwise.kernels.Simd;
import io.chunkwise.schedule.Scheduler;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.List;

/**
 * {@code %scheduler [threads [N] | sync]}: shows or replaces the process-wide default scheduler that
 * {@code compute()} uses. {@code threads} without a number means one per core. Shown, it also says
 * whether the SIMD loops are on.
 */
final class SchedulerMagic implements ChunkwiseMagic {
    static final MagicSpec SPEC = MagicSpec.of("scheduler", "%scheduler [threads N | sync]").words().build();
    static final int MAX_THREADS = 1024;

    SchedulerMagic() {
    }

    @Override
    public MagicSpec spec() {
        return SPEC;
    }

    @Override
    public String summary() {
        return "show the default scheduler, or set it to N worker threads or to synchronous (caller's thread)";
    }

    @Override
    public DisplayData run(List<String> args) {
        List<String> words = SPEC.parse(args).words();
        if (!words.isEmpty()) {
            Scheduler.setDefault(parse(words));
        }
        String line = words.isEmpty()
                ? "default scheduler: " + describe(Scheduler.defaultScheduler()) + "; SIMD " + Simd.describe()
                : "default scheduler set to " + describe(Scheduler.defaultScheduler());
        DisplayData d = new DisplayData(line);
        d.putHTML("<div style=\"font-family:sans-serif;font-size:13px\">" + Html.escape(line) + "</div>");
        return d;
    }

    /** The scheduler the words ask for. */
    static Scheduler parse(List<String> args) {
        String mode = args.get(0);
        if (mode.equals("sync") && args.size() == 1) {
            return Scheduler.sync();
        }
        if (mode.equals("threads") && args.size() <= 2) {
            if (args.size() == 1) {
                return Scheduler.threads(Runtime.getRuntime().availableProcessors());
            }
            int n;
            try {
                n = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                throw SPEC.error("threads expects a whole number of threads but got '" + args.get(1) + "'.");
            }
            if (n < 1 || n > MAX_THREADS) {
                throw SPEC.error("threads must be between 1 and " + MAX_THREADS + " but got " + n + ".");
            }
            return Scheduler.threads(n);
        }
        throw SPEC.error("unknown choice '" + String.join(" ", args) + "'. Valid choices: threads N, threads"
                + " (one per core), sync.");
    }

    /** A short description, e.g. {@code 4 worker threads} or {@code synchronous (the calling thread)}. */
    static String describe(Scheduler s) {
        if (s == Scheduler.sync()) {
            return "synchronous (the calling thread)";
        }
        int n = s.parallelism();
        return n + " worker thread" + (n == 1 ? "" : "s");
    }
}
