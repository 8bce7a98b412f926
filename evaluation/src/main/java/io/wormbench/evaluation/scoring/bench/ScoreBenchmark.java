package io.wormbench.evaluation.scoring.bench;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.AlertFlows;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.alert.AlertReader;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code wormbench bench score}: how long scoring takes for a large third-party alert file. A
 * synthetic truth (an enterprise of {@code hosts} hosts over a week, 2% of them infected,
 * each with a brute-force and a transfer step, and one look-alike per 20 hosts) and {@code n}
 * alerts with distinct scores (the worst case for threshold sweeps) on random hosts at random
 * times, all from one seed; timed separately: reading the alerts.csv, scoring (every metric of
 * SCORING.md, sweeps included), and writing the run folder (without charts).
 */
public final class ScoreBenchmark {
  private ScoreBenchmark() {}

  /** The figures of one benchmark run. */
  public record Result(int alerts, int hosts, double readSeconds, double scoreSeconds,
      double writeSeconds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "score: %,d alerts (distinct scores), %,d hosts: read "
          + "alerts.csv %.2f s, score %.2f s, write run folder %.2f s", alerts, hosts,
          readSeconds, scoreSeconds, writeSeconds);
    }
  }

  /** Runs the benchmark in {@code dir} (a scratch folder it fills). */
  public static Result run(Path dir, int n, int hosts, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long t0 = Micros.of(java.time.Instant.parse("2026-03-02T00:00:00Z"));
    GroundTruth truth = truth(rnd.split(), hosts, t0);
    List<Alert> alerts = alerts(rnd.split(), n, hosts, t0);
    try {
      Files.createDirectories(dir);
      Path csv = dir.resolve("alerts.csv");
      AlertCsv.write(csv, alerts);
      long a = System.nanoTime();
      List<Alert> read;
      try (AlertReader r = AlertFormat.ALERTS_CSV.open(csv, AlertReadOptions.DEFAULTS)) {
        read = AlertFlows.alerts(r.readAll());
      }
      long b = System.nanoTime();
      ScoringSettings settings = new ScoringSettings(ScoringSettings.DEFAULT_MATCHING_WINDOW,
          t0 + Micros.DAY, ScoringSettings.DEFAULT_NAB_WINDOW);
      SeedScore score = SeedScore.of(seed, truth, read, List.of(), settings);
      RunSummary summary = RunSummary.of(List.of(score));
      long c = System.nanoTime();
      RunWriter.write(new RunOutcome("bench-score", "synthetic", settings.matchingWindow(),
          List.of(new RunResult(seed, read, truth, 0)), List.of(score), summary),
          dir.resolve("run"), "wormbench bench score");
      long d = System.nanoTime();
      return new Result(n, hosts, (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir, e);
    }
  }

  private static int host(int i) {
    return Ipv4.of(10, 1 + i / 65_536, i / 256 % 256, i % 256);
  }

  static GroundTruth truth(SplittableRandom rnd, int hosts, long t0) {
    List<HostInfo> inventory = new ArrayList<>();
    for (int i = 0; i < hosts; i++) {
      inventory.add(new HostInfo(host(i), "h" + i, HostRole.WORKSTATION, "users"));
    }
    List<HostTimeline> timelines = new ArrayList<>();
    List<AttackStep> steps = new ArrayList<>();
    long t = t0 + Micros.DAY + Micros.HOUR;
    int prev = host(0);
    timelines.add(new HostTimeline(prev, t, t, HostTimeline.NEVER));
    for (int k = 1; k < Math.max(2, hosts / 50); k++) {
      int target = host(rnd.nextInt(hosts));
      long s = t + rnd.nextLong(2 * Micros.HOUR);
      steps.add(new AttackStep(steps.size() + 1, Stage.BRUTE_FORCE,
          Technique.PASSWORD_GUESSING.id(), prev, target, s,
          s + 10 * Micros.MINUTE, List.of()));
      steps.add(new AttackStep(steps.size() + 1, Stage.LATERAL_TRANSFER,
          Technique.LATERAL_TOOL_TRANSFER.id(), prev, target,
          s + 10 * Micros.MINUTE, s + 11 * Micros.MINUTE, List.of()));
      timelines.add(new HostTimeline(target, s + 11 * Micros.MINUTE, s + 11 * Micros.MINUTE,
          HostTimeline.NEVER));
      prev = target;
      t = s;
    }
    List<BenignActivity> lookalikes = new ArrayList<>();
    for (int k = 0; k < hosts / 20; k++) {
      long s = t0 + rnd.nextLong(7 * Micros.DAY);
      lookalikes.add(new BenignActivity("password-typo", host(rnd.nextInt(hosts)),
          host(rnd.nextInt(hosts)), s, s + Micros.MINUTE, 3));
    }
    return new GroundTruth("bench-score", 1, t0, t0 + 7 * Micros.DAY, inventory, timelines,
        steps, lookalikes);
  }

  static List<Alert> alerts(SplittableRandom rnd, int n, int hosts, long t0) {
    // Every stage's main technique, and one third-party text outside the vocabulary.
    String[] techniques = java.util.stream.Stream.concat(
        java.util.Arrays.stream(Stage.values()).map(s -> s.mainTechnique().id()),
        java.util.stream.Stream.of(Technique.EXPLOIT_PUBLIC_FACING_APPLICATION.id())).toArray(String[]::new);
    List<Alert> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long ts = t0 + rnd.nextLong(7 * Micros.DAY);
      // Distinct scores at the alerts.csv precision: the sweep's worst case.
      double score = (rnd.nextInt(1_000_000) + 0.5) / 1_000_000;
      out.add(new Alert("tool-" + (i % 3), ts, host(rnd.nextInt(hosts)), Ipv4.NONE,
          Math.round(score * 1e6) / 1e6, techniques[i % techniques.length], "bench"));
    }
    out.sort(java.util.Comparator.comparingLong(Alert::ts));
    return out;
  }
}
