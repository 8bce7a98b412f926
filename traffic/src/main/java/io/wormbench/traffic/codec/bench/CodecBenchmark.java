package io.wormbench.traffic.codec.bench;

import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Write and read rates of the text event formats (JSON lines, CSV, Zeek TSV, Zeek JSON) on a
 * deterministic workload ({@link CodecWorkload}). Each rate is the best of {@code runs} timed
 * repetitions after one warm-up, in events per second, by wall clock and per CPU second of the
 * benchmark thread (the fair figure on a shared machine). Reading includes parsing, validation
 * and, for Zeek, the reorder buffer and merge.
 */
public final class CodecBenchmark {
  private CodecBenchmark() {}

  /** The rates of one format. */
  public record Rate(EventFormat format, long events, long bytes, double writePerSecond,
      double readPerSecond, double writePerCpuSecond, double readPerCpuSecond) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%-9s %,10d events %,8.1f MB  write %,9.0f/s (%,9.0f per CPU s)  read %,9.0f/s"
              + " (%,9.0f per CPU s)",
          format.id(), events, bytes / 1e6, writePerSecond, writePerCpuSecond, readPerSecond,
          readPerCpuSecond);
    }
  }

  /** Runs every text format over about {@code sessions} sessions in {@code workDir}. */
  public static List<Rate> run(Path workDir, int sessions, int runs) {
    List<Event> events = CodecWorkload.events(sessions, 7);
    List<Rate> rates = new ArrayList<>();
    for (EventFormat f : List.of(EventFormat.JSONL, EventFormat.CSV, EventFormat.ZEEK_TSV,
        EventFormat.ZEEK_JSON)) {
      rates.add(run(f, workDir.resolve("bench-" + f.id() + (f == EventFormat.JSONL ? ".jsonl"
          : f == EventFormat.CSV ? ".csv" : "")), events, runs));
    }
    return rates;
  }

  private static Rate run(EventFormat f, Path out, List<Event> events, int runs) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double w = 0;
    double r = 0;
    double wc = 0;
    double rc = 0;
    for (int i = 0; i <= runs; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      f.create(out).writeAll(EventSource.of(events));
      long c1 = mx.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      long n = 0;
      try (EventSource s = f.open(out)) {
        while (s.hasNext()) {
          s.next();
          n++;
        }
      }
      if (n != events.size()) {
        throw new IllegalStateException(f + " read " + n + " of " + events.size() + " events");
      }
      if (i > 0) {
        w = Math.max(w, n / ((t1 - t0) / 1e9));
        wc = Math.max(wc, n / ((c1 - c0) / 1e9));
        r = Math.max(r, n / ((System.nanoTime() - t1) / 1e9));
        rc = Math.max(rc, n / ((mx.getCurrentThreadCpuTime() - c1) / 1e9));
      }
    }
    return new Rate(f, events.size(), size(out), w, r, wc, rc);
  }

  private static long size(Path p) {
    try (var s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).mapToLong(q -> q.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code CodecBenchmark [workDir] [sessions] [runs]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0]
        : System.getProperty("java.io.tmpdir")).resolve("wormbench-codec-bench"));
    int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    run(dir, sessions, runs).forEach(System.out::println);
  }
}
