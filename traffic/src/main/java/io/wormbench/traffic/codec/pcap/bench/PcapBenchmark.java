package io.wormbench.traffic.codec.pcap.bench;

import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * The pcap codec benchmark behind {@code wormbench bench pcap}: renders a deterministic
 * synthetic workload to a capture (write rate), decodes it back into events (read rate, the
 * whole path: file, flows, reassembly, protocol decoders, time-ordered output), and, when
 * tshark is installed, times {@code tshark -q -z conv,tcp} on the same file for comparison.
 * Rates are the best of several timed runs after a warm-up, in packets per second, both by
 * wall clock and per CPU second of the benchmark thread (the fair figure on a shared machine).
 */
public final class PcapBenchmark {
  private PcapBenchmark() {}

  /** Outcome of one benchmark. */
  public record Result(long packets, long fileBytes, long events, double writePacketsPerSecond,
      double readPacketsPerSecond, double writePacketsPerCpuSecond,
      double readPacketsPerCpuSecond, OptionalDouble tsharkPacketsPerSecond) {
    /** Read rate over tshark's, when tshark ran. */
    public OptionalDouble tsharkRatio() {
      return tsharkPacketsPerSecond.isPresent()
          ? OptionalDouble.of(readPacketsPerSecond / tsharkPacketsPerSecond.getAsDouble())
          : OptionalDouble.empty();
    }

    @Override
    public String toString() {
      String s = String.format("pcap benchmark: %,d packets (%,.1f MB), %,d events%n"
              + "  write: %,.0f packets/s wall clock, %,.0f per CPU second%n"
              + "  read:  %,.0f packets/s wall clock, %,.0f per CPU second (to events)", packets,
          fileBytes / 1e6, events, writePacketsPerSecond, writePacketsPerCpuSecond,
          readPacketsPerSecond, readPacketsPerCpuSecond);
      if (tsharkPacketsPerSecond.isPresent()) {
        s += String.format("%n  tshark -q -z conv,tcp: %,.0f packets/s (read is %.0fx)",
            tsharkPacketsPerSecond.getAsDouble(), tsharkRatio().getAsDouble());
      }
      return s;
    }
  }

  /**
   * Runs the benchmark with about {@code sessions} sessions (20,000 give about 1.3 million
   * packets) in {@code workDir}, timing {@code runs} repetitions of each side.
   */
  public static Result run(Path workDir, int sessions, int runs, boolean withTshark) {
    try {
      Files.createDirectories(workDir);
      Path capture = workDir.resolve("bench.pcap");
      List<Event> events = SyntheticTraffic.events(sessions, 7);
      PcapWriter.Stats stats = PcapWriter.write(EventSource.of(events), capture);
      double write = 0;
      double read = 0;
      double writeCpu = 0;
      double readCpu = 0;
      long decoded = 0;
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int i = 0; i <= runs; i++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PcapWriter.write(EventSource.of(events), capture);
        double w = stats.packets() / ((System.nanoTime() - t0) / 1e9);
        double wc = stats.packets() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        c0 = mx.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        decoded = readAll(capture);
        double r = stats.packets() / ((System.nanoTime() - t0) / 1e9);
        double rc = stats.packets() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        if (i > 0) {
          write = Math.max(write, w);
          read = Math.max(read, r);
          writeCpu = Math.max(writeCpu, wc);
          readCpu = Math.max(readCpu, rc);
        }
      }
      OptionalDouble tshark = withTshark ? tshark(capture, stats.packets()) : OptionalDouble.empty();
      return new Result(stats.packets(), Files.size(capture), decoded, write, read, writeCpu, readCpu,
          tshark);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a capture to events; returns how many. */
  public static long readAll(Path capture) {
    long n = 0;
    try (PcapEventSource s = PcapEventSource.open(capture)) {
      while (s.hasNext()) {
        s.next();
        n++;
      }
    }
    return n;
  }

  /** Packets per second of {@code tshark -q -z conv,tcp} on the file, empty without tshark. */
  public static OptionalDouble tshark(Path capture, long packets) {
    try {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder("tshark", "-n", "-q", "-r", capture.toString(), "-z",
          "conv,tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(packets / ((System.nanoTime() - t0) / 1e9));
    } catch (IOException e) {
      return OptionalDouble.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalDouble.empty();
    }
  }

  /** {@code PcapBenchmark [workDir] [sessions] [runs] [--tshark]}. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean tshark = List.of(args).contains("--tshark");
    System.out.println(run(dir, sessions, runs, tshark));
  }
}
