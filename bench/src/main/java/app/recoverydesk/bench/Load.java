package app.recoverydesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Runs one operation in a loop on many threads for a warm-up and then a measured window. Only calls that both
 * start and end inside the window are recorded, so the rate is exactly (recorded calls) / (window length).
 */
final class Load {

    /** What one worker does repeatedly; it owns its connection or HTTP client. */
    interface Op extends AutoCloseable {
        Outcome call(long n);

        @Override
        default void close() throws Exception {
        }
    }

    /** One call's result: its kind (for per-kind figures), and an error label when it failed. */
    record Outcome(String kind, String error, String detail) {
        static Outcome ok(String kind) {
            return new Outcome(kind, null, null);
        }

        static Outcome failed(String kind, String error, String detail) {
            return new Outcome(kind, error, detail);
        }
    }

    /** Latencies (nanoseconds) and errors of one kind of call, per worker and then merged. */
    static final class Recorder {
        long[] nanos = new long[1024];
        int count;
        final Map<String, Integer> errors = new TreeMap<>();
        String sample;

        void ok(long ns) {
            if (count == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = ns;
        }

        void error(String error, String detail) {
            errors.merge(error, 1, Integer::sum);
            if (sample == null && detail != null) {
                sample = detail;
            }
        }

        void add(Recorder other) {
            for (int i = 0; i < other.count; i++) {
                ok(other.nanos[i]);
            }
            other.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
            if (sample == null) {
                sample = other.sample;
            }
        }

        Stats stats(Duration window) {
            return Stats.of(java.util.Arrays.copyOf(nanos, count), window, errors, sample);
        }
    }

    /**
     * Overall and per-kind figures of one scenario; the CPU per call of each metered process (null if not sampled)
     * and, behind a balancer, how many answers each node gave in the window (else empty).
     */
    record Result(String name, Stats overall, Map<String, Stats> byKind, CpuShares.Use cpu,
                  Map<String, Long> answeredBy) {
    }

    private Load() {
    }

    /**
     * The warm-up runs this many clients, then all of them for {@link #SETTLE}. Under full load from a cold start the
     * server's JIT compiler got so little CPU that it still compiled minutes later, and the server spent 2-3 times
     * the CPU per call (200k incidents, 16 clients: 188 lists/s against 416 after a warm-up at fewer clients).
     */
    static final int WARM_UP_CLIENTS = 2;
    static final Duration SETTLE = Duration.ofSeconds(5);

    static Result run(String name, int threads, Duration warmup, Duration window, IntFunction<Op> opForWorker)
            throws InterruptedException {
        return run(name, threads, warmup, window, opForWorker, Processes.singleServer(), null);
    }

    /** The same, metering these processes, and counting each node's answers at this balancer (if not null). */
    static Result run(String name, int threads, Duration warmup, Duration window, IntFunction<Op> opForWorker,
                      Processes processes, Balancer balancer) throws InterruptedException {
        if (threads > WARM_UP_CLIENTS && warmup.compareTo(SETTLE) > 0) {
            System.out.printf("%n== %s: %d threads for %d s (unmeasured warm-up)", name, WARM_UP_CLIENTS,
                    warmup.toSeconds());
            long end = System.nanoTime() + warmup.toNanos();
            for (Thread t : start(name, WARM_UP_CLIENTS, end, end, opForWorker, new ArrayList<>())) {
                t.join();
            }
            warmup = SETTLE;
        }
        System.out.printf("%n== %s: %d threads, %d s warm-up, %d s measured%n", name, threads,
                warmup.toSeconds(), window.toSeconds());
        List<Map<String, Recorder>> perWorker = new ArrayList<>();
        long from = System.nanoTime() + warmup.toNanos();
        long until = from + window.toNanos();
        List<Thread> workers = start(name, threads, from, until, opForWorker, perWorker);
        // the CPU each process used inside the measured window, sampled at its edges
        CpuShares[] edges = new CpuShares[2];
        List<Map<String, Long>> answers = new ArrayList<>(List.of(Map.of(), Map.of()));
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (from - System.nanoTime()) / 1_000_000));
                edges[0] = CpuShares.now(processes);
                answers.set(0, balancer == null ? Map.of() : balancer.answersByNode());
                Thread.sleep(Math.max(0, (until - System.nanoTime()) / 1_000_000));
                edges[1] = CpuShares.now(processes);
                answers.set(1, balancer == null ? Map.of() : balancer.answersByNode());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-cpu");
        sampler.start();
        for (Thread t : workers) {
            t.join();
        }
        sampler.join();
        Map<String, Recorder> merged = new TreeMap<>();
        Recorder all = new Recorder();
        for (Map<String, Recorder> recorders : perWorker) {
            recorders.forEach((kind, r) -> {
                merged.computeIfAbsent(kind, k -> new Recorder()).add(r);
                all.add(r);
            });
        }
        Map<String, Stats> byKind = new LinkedHashMap<>();
        merged.forEach((kind, r) -> byKind.put(kind, r.stats(window)));
        Stats overall = all.stats(window);
        CpuShares.Use cpu = edges[1] == null ? null : edges[0].until(edges[1], overall.count(), window);
        Map<String, Long> answeredBy = new TreeMap<>();
        answers.get(1).forEach((node, n) -> answeredBy.put(node, n - answers.get(0).getOrDefault(node, 0L)));
        Result result = new Result(name, overall, byKind, cpu, answeredBy);
        Stats.printHeader();
        if (byKind.size() > 1) {
            byKind.forEach((kind, s) -> s.print(kind));
        }
        result.overall().print("overall");
        if (cpu != null) {
            System.out.println(cpu.line());
        }
        if (!answeredBy.isEmpty()) {
            System.out.println("  answered by (the balancer's count): " + answeredBy);
        }
        return result;
    }

    /** Workers that call until {@code until}, recording the calls made from {@code from} on (none if equal). */
    private static List<Thread> start(String name, int threads, long from, long until, IntFunction<Op> opForWorker,
                                      List<Map<String, Recorder>> perWorker) {
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Map<String, Recorder> recorders = new LinkedHashMap<>();
            perWorker.add(recorders);
            int worker = w;
            Thread t = new Thread(() -> work(opForWorker, worker, from, until, recorders), name + "-" + w);
            workers.add(t);
            t.start();
        }
        return workers;
    }

    private static void work(IntFunction<Op> opForWorker, int worker, long from, long until,
                             Map<String, Recorder> recorders) {
        try (Op op = opForWorker.apply(worker)) {
            for (long n = 0; ; n++) {
                long t0 = System.nanoTime();
                if (t0 >= until) {
                    return;
                }
                Outcome outcome;
                try {
                    outcome = op.call(n);
                } catch (RuntimeException e) {
                    outcome = Outcome.failed("unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                }
                long t1 = System.nanoTime();
                if (t0 >= from && t1 <= until) {
                    Recorder r = recorders.computeIfAbsent(outcome.kind(), k -> new Recorder());
                    if (outcome.error() == null) {
                        r.ok(t1 - t0);
                    } else {
                        r.error(outcome.error(), outcome.detail());
                    }
                }
            }
        } catch (Exception e) {
            // a worker that cannot even start (no connection) reports once and stops
            System.err.println("worker " + worker + " failed: " + e);
        }
    }
}
