package io.wormbench.detectors.bench;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorSuite;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.List;

/**
 * Throughput of the detection engine: events per second through a set of detectors (all
 * built-ins at their defaults unless given). The source is read in chunks into memory and only
 * the engine's work on each chunk is timed, so a slow source (the simulator, a pcap decoder)
 * does not count against the detectors. Wall time is read here and only here: the figure is a
 * measurement of this machine, never an input to a run. Called by {@code wormbench bench
 * detect}; also runnable on synthetic traffic via {@link #main(String[])}.
 */
public final class EngineBenchmark {
  /** Events buffered per timed chunk. */
  static final int CHUNK = 1 << 16;

  /**
   * One measurement.
   *
   * @param events events fed
   * @param alerts alerts raised
   * @param seconds engine wall time only, excluding reading the source
   * @param eventsPerSecond {@code events / seconds}
   * @param cpuSeconds CPU time of the engine's thread over the same sections, which a busy
   *     machine inflates less than wall time (it leaves out garbage collection threads)
   * @param eventsPerCpuSecond {@code events / cpuSeconds}
   */
  public record Result(long events, long alerts, double seconds, double eventsPerSecond,
      double cpuSeconds, double eventsPerCpuSecond) {}

  private EngineBenchmark() {}

  /** Runs every built-in detector at its defaults over {@code source} (not closed). */
  public static Result run(EventSource source, long learningEnd) {
    return run(source, DetectorSuite.defaults().create(), learningEnd);
  }

  /** All built-ins at defaults, learning for the first day of the source; events/s. */
  public static double eventsPerSecond(EventSource source) {
    return run(source, Long.MIN_VALUE).eventsPerSecond();
  }

  /**
   * Runs {@code detectors} over {@code source} (not closed). A {@code learningEnd} of
   * {@link Long#MIN_VALUE} means one day after the first event.
   */
  public static Result run(EventSource source, List<Detector> detectors, long learningEnd) {
    Event[] chunk = new Event[CHUNK];
    long[] alerts = new long[1];
    DetectionEngine engine = null;
    long nanos = 0;
    long cpu = 0;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long events = 0;
    long last = Long.MIN_VALUE;
    while (source.hasNext()) {
      int n = 0;
      while (n < CHUNK && source.hasNext()) {
        chunk[n++] = source.next();
      }
      if (engine == null) {
        long learn = learningEnd == Long.MIN_VALUE
            ? chunk[0].ts() + io.wormbench.traffic.time.Micros.DAY : learningEnd;
        engine = new DetectionEngine(detectors, learn, a -> alerts[0]++);
      }
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        engine.observe(chunk[i]);
      }
      nanos += System.nanoTime() - t0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
      events += n;
      last = chunk[n - 1].ts();
    }
    if (engine != null) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      engine.finish(last);
      nanos += System.nanoTime() - t0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
    }
    double seconds = nanos / 1e9;
    double cpuSeconds = cpu / 1e9;
    return new Result(events, alerts[0], seconds, seconds == 0 ? 0 : events / seconds,
        cpuSeconds, cpuSeconds == 0 ? 0 : events / cpuSeconds);
  }

  /**
   * One detector's share of the engine's work.
   *
   * @param detector registered name
   * @param seconds wall time of this detector's engine alone over the same chunks
   * @param eventsPerSecond {@code events / seconds}: the throughput of this detector alone
   */
  public record Share(String detector, double seconds, double eventsPerSecond) {}

  /**
   * Where the time goes: each detector in an engine of its own, fed the same chunks of
   * {@code source} one detector after the other, so each is timed alone without a per-event
   * clock read. The sum of the times is close to, not equal to, the combined engine's time.
   */
  public static List<Share> perDetector(EventSource source, List<Detector> detectors,
      long learningEnd) {
    Event[] chunk = new Event[CHUNK];
    DetectionEngine[] engines = null;
    long[] nanos = new long[detectors.size()];
    long events = 0;
    long last = Long.MIN_VALUE;
    while (source.hasNext()) {
      int n = 0;
      while (n < CHUNK && source.hasNext()) {
        chunk[n++] = source.next();
      }
      if (engines == null) {
        long learn = learningEnd == Long.MIN_VALUE
            ? chunk[0].ts() + io.wormbench.traffic.time.Micros.DAY : learningEnd;
        engines = new DetectionEngine[detectors.size()];
        for (int d = 0; d < engines.length; d++) {
          engines[d] = new DetectionEngine(List.of(detectors.get(d)), learn, a -> {});
        }
      }
      for (int d = 0; d < engines.length; d++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          engines[d].observe(chunk[i]);
        }
        nanos[d] += System.nanoTime() - t0;
      }
      events += n;
      last = chunk[n - 1].ts();
    }
    List<Share> out = new java.util.ArrayList<>();
    for (int d = 0; d < detectors.size(); d++) {
      if (engines != null) {
        long t0 = System.nanoTime();
        engines[d].finish(last);
        nanos[d] += System.nanoTime() - t0;
      }
      double seconds = nanos[d] / 1e9;
      out.add(new Share(detectors.get(d).name(), seconds, seconds == 0 ? 0 : events / seconds));
    }
    return out;
  }

  /** The machine a figure was measured on, for printing beside it. */
  public static String machine() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return String.format(java.util.Locale.ROOT, "%d CPUs, %s %s, Java %s, max heap %d MiB, "
        + "load average %.2f", Runtime.getRuntime().availableProcessors(), os.getName(),
        os.getArch(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
        os.getSystemLoadAverage());
  }

  /**
   * Prints the throughput on {@link SyntheticTraffic}: {@code [hosts] [days] [seed]}, default
   * 2000 hosts, 2 days, seed 1; the first run warms the JIT up and is not reported.
   */
  public static void main(String[] args) {
    int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    run(new SyntheticTraffic(hosts, 1, seed), Long.MIN_VALUE);
    Result r = run(new SyntheticTraffic(hosts, days, seed), Long.MIN_VALUE);
    System.out.println(r.events() + " events, " + r.alerts() + " alerts, "
        + Math.round(r.seconds() * 1000) + " ms, " + Math.round(r.eventsPerSecond())
        + " events/s wall, " + Math.round(r.eventsPerCpuSecond()) + " events/s CPU");
  }
}
