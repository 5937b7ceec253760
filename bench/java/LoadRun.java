import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one action from a fixed number of workers (one connection each) for a fixed time, after
 * a warm-up that is not counted, and reports completed actions per second and latency percentiles.
 * Closed loop: each worker starts its next action when the last one ends, like wrk.
 */
final class LoadRun {
    /** One unit of work; returns false (or throws) when it failed. {@code worker} is 0..connections-1. */
    interface Action {
        boolean run(int worker) throws Exception;
    }

    record Result(int connections, long ok, long errors, double seconds, double p50Millis, double p99Millis, String firstError) {
        double perSecond() {
            return ok / seconds;
        }

        String row(String label) {
            return String.format("%-34s %5d %9.1f %9.2f %9.2f %7d", label, connections, perSecond(), p50Millis, p99Millis, errors);
        }
    }

    static String header() {
        return String.format("%-34s %5s %9s %9s %9s %7s", "what", "conns", "per s", "p50 ms", "p99 ms", "errors");
    }

    static Result run(int connections, Duration warmUp, Duration measured, Action action) throws InterruptedException {
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong();
        String[] firstError = {null};
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int w = 0; w < connections; w++) {
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            int worker = w;
            Thread.ofPlatform().daemon().start(() -> {
                long[] buf = mine;
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = action.run(worker);
                        } catch (Exception e) {
                            ok = false;
                            synchronized (firstError) {
                                if (firstError[0] == null) firstError[0] = e.toString();
                            }
                        }
                        long took = System.nanoTime() - start;
                        if (!counting.get()) continue;
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (counts[worker] == buf.length) {
                            buf = Arrays.copyOf(buf, buf.length * 2);
                            latencies.set(worker, buf);
                        }
                        buf[counts[worker]++] = took;
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(warmUp.toMillis());
        counting.set(true);
        long started = System.nanoTime();
        Thread.sleep(measured.toMillis());
        counting.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < connections; w++) {
            System.arraycopy(latencies.get(w), 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        return new Result(connections, total, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99), firstError[0]);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private LoadRun() {}
}
