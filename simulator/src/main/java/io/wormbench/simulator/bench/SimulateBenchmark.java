package io.wormbench.simulator.bench;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.spec.SpecReader;
import java.util.EnumMap;
import java.util.Map;

/**
 * The simulator benchmark behind {@code wormbench bench simulate}: streams a benign-only run of
 * a network profile for some days and measures events per second of wall time, counting events
 * per kind (which also keeps the JIT from discarding the work). Speed is measured here, never
 * in unit tests.
 */
public final class SimulateBenchmark {
  /** One measurement. */
  public record Result(String profile, int days, long seed, long events, double seconds,
      double eventsPerSecond, double cpuSeconds, long peakHeapBytes,
      Map<EventKind, Long> perKind) {
    /** Events per second of this thread's CPU time: robust when other work shares the cores. */
    public double eventsPerCpuSecond() {
      return cpuSeconds > 0 ? events / cpuSeconds : eventsPerSecond;
    }

    @Override
    public String toString() {
      return profile + " x " + days + "d: " + events + " events in "
          + Math.round(seconds * 100) / 100.0 + " s wall = " + Math.round(eventsPerSecond)
          + " events/s (" + Math.round(eventsPerCpuSecond()) + " per CPU second), heap high-water "
          + peakHeapBytes / (1024 * 1024) + " MiB";
    }
  }

  private SimulateBenchmark() {}

  /** Simulates {@code days} of profile {@code profile} with {@code seed}, no attack. */
  public static Result run(String profile, int days, long seed) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, not " + days);
    }
    SimulationSpec spec = SimulationSpec.from(SpecReader.read("bench-" + profile + ".yaml",
        "duration: " + days + "d\nlearningPeriod: 1h\nnetwork: {profile: " + profile + "}\n"));
    return run(spec, profile, days, seed);
  }

  /** Measures any scenario spec. */
  public static Result run(SimulationSpec spec, String label, int days, long seed) {
    long[] counts = new long[EventKind.values().length];
    Runtime rt = Runtime.getRuntime();
    long peak = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory
        .getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    long n = 0;
    Simulation sim = Simulator.start(spec, seed);
    try (EventSource s = sim.events()) {
      while (s.hasNext()) {
        Event e = s.next();
        counts[e.kind().ordinal()]++;
        if ((++n & 0xfffff) == 0) {
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e9 : 0;
    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
    Map<EventKind, Long> perKind = new EnumMap<>(EventKind.class);
    for (EventKind k : EventKind.values()) {
      perKind.put(k, counts[k.ordinal()]);
    }
    return new Result(label, days, seed, n, secs, n / secs, cpuSecs, peak, perKind);
  }

  /** {@code java ... SimulateBenchmark [profile [days [seed]]]}; all profiles by default. */
  public static void main(String[] args) {
    String[] profiles = args.length > 0 ? new String[] {args[0]}
        : new String[] {"small-office", "enterprise", "campus"};
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    for (String p : profiles) {
      Result r = run(p, days, seed);
      System.out.println(r);
      System.out.println("  " + r.perKind());
    }
  }
}
