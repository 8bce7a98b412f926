package io.wormbench.evaluation.cli;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorSuite;
import io.wormbench.detectors.bench.EngineBenchmark;
import io.wormbench.detectors.bench.SyntheticTraffic;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulator;
import io.wormbench.simulator.bench.SimulateBenchmark;
import io.wormbench.traffic.codec.pcap.bench.PcapBenchmark;
import io.wormbench.traffic.event.EventSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench bench}: the modules' own benchmark entry points (simulator events/s,
 * detection engine events/s, pcap read/write packets/s against tshark). Speed is measured
 * here, never in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: simulate, detect, pcap, score.")
final class BenchCommand {
  /** Events of the warm-up run before {@code bench detect} measures. */
  static final long WARM_UP = 2_000_000;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Command(name = "simulate", mixinStandardHelpOptions = true,
      description = "Simulator events per second for a network profile.")
  void simulate(
      @Option(names = "--profile", defaultValue = "enterprise",
          description = "small-office, enterprise or campus (default: ${DEFAULT-VALUE}).")
      String profile,
      @Option(names = "--days", defaultValue = "1", description = "Days (default: ${DEFAULT-VALUE}).")
      int days,
      @Option(names = "--seed", defaultValue = "1") long seed) {
    if (days < 1) {
      throw new BadInputException("--days must be >= 1");
    }
    SimulateBenchmark.Result r = SimulateBenchmark.run(profile, days, seed);
    spec.commandLine().getOut().println(r);
  }

  @Command(name = "detect", mixinStandardHelpOptions = true,
      description = "Detection engine events per second through a scenario's detectors (default: "
          + "scenarios/benign-only.yaml, the enterprise network for a week). Events are simulated "
          + "in chunks of 65,536 and only the engine's work on them is timed; a first run over "
          + "the first 2 M events warms the JIT up and is not reported.")
  void detect(
      @Option(names = "--scenario", paramLabel = "FILE",
          defaultValue = "scenarios/benign-only.yaml",
          description = "Scenario whose traffic, detectors and learning period are used "
              + "(default: ${DEFAULT-VALUE}).") Path scenarioFile,
      @Option(names = "--seed", defaultValue = "1", description = "Seed (default: 1).") long seed,
      @Option(names = "--per-detector",
          description = "Also time each detector alone over a second simulation of the same "
              + "run.") boolean perDetector,
      @Option(names = "--synthetic", description = "Use SyntheticTraffic (--hosts, --days) "
          + "instead of a scenario.") boolean synthetic,
      @Option(names = "--hosts", defaultValue = "2000",
          description = "Synthetic hosts (default: ${DEFAULT-VALUE}).") int hosts,
      @Option(names = "--days", defaultValue = "2",
          description = "Synthetic days (default: ${DEFAULT-VALUE}).") int days) {
    if (hosts < 1 || days < 1) {
      throw new BadInputException("--hosts and --days must be >= 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Scenario scenario = synthetic ? null : Scenario.load(scenarioFile);
    Supplier<EventSource> source = synthetic
        ? () -> new SyntheticTraffic(hosts, days, seed)
        : () -> Simulator.start(scenario.simulation(), seed).events();
    Supplier<List<Detector>> detectors = synthetic
        ? () -> DetectorSuite.defaults().create() : () -> scenario.detectors().create();
    long learningEnd = synthetic ? Long.MIN_VALUE : scenario.simulation().learningEnd();
    // JIT warm-up on the first 2 M events of the same traffic, so the measured run is compiled
    // for its own event mix; not reported.
    try (EventSource events = source.get()) {
      EngineBenchmark.run(EventSource.of(events.stream().limit(WARM_UP).iterator()),
          detectors.get(), learningEnd);
    }
    String what = synthetic ? "synthetic traffic, " + hosts + " hosts, " + days + " days"
        : scenario.name() + " (" + scenarioFile + "), seed " + seed;
    out.println("detect: " + what);
    out.println("machine: " + EngineBenchmark.machine());
    EngineBenchmark.Result r;
    List<Detector> measured = detectors.get();
    try (EventSource events = source.get()) {
      r = EngineBenchmark.run(events, measured, learningEnd);
    }
    out.printf(Locale.ROOT, "all %d detectors: %d events, %d alerts, %.2f s engine time, "
        + "%.0f events/s wall, %.0f events/s CPU%n", measured.size(), r.events(),
        r.alerts(), r.seconds(), r.eventsPerSecond(), r.eventsPerCpuSecond());
    if (perDetector) {
      List<EngineBenchmark.Share> shares;
      try (EventSource events = source.get()) {
        shares = EngineBenchmark.perDetector(events, detectors.get(), learningEnd);
      }
      double total = shares.stream().mapToDouble(EngineBenchmark.Share::seconds).sum();
      out.printf(Locale.ROOT, "%-24s %10s %16s %8s%n", "detector", "seconds", "events/s alone",
          "share");
      for (EngineBenchmark.Share sh : shares) {
        out.printf(Locale.ROOT, "%-24s %10.2f %16.0f %7.1f%%%n", sh.detector(), sh.seconds(),
            sh.eventsPerSecond(), total == 0 ? 0 : 100 * sh.seconds() / total);
      }
    }
  }

  @Command(name = "pcap", mixinStandardHelpOptions = true,
      description = "pcap write and read packets per second, against tshark when installed.")
  void pcap(
      @Option(names = "--dir", defaultValue = "${java.io.tmpdir}") Path dir,
      @Option(names = "--sessions", defaultValue = "20000") int sessions,
      @Option(names = "--runs", defaultValue = "3") int runs,
      @Option(names = "--tshark", description = "Also time tshark -q -z conv,tcp.") boolean tshark) {
    if (sessions < 1 || runs < 1) {
      throw new BadInputException("--sessions and --runs must be >= 1");
    }
    spec.commandLine().getOut().println(PcapBenchmark.run(dir, sessions, runs, tshark));
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Scoring time for a large alert file: synthetic truth and alerts with "
          + "distinct scores; reading, scoring and writing the run folder timed apart.")
  void score(
      @Option(names = "--alerts", defaultValue = "1000000",
          description = "Alerts (default: ${DEFAULT-VALUE}).") int alerts,
      @Option(names = "--hosts", defaultValue = "2000",
          description = "Hosts (default: ${DEFAULT-VALUE}).") int hosts,
      @Option(names = "--dir", defaultValue = "${java.io.tmpdir}/wormbench-bench-score",
          description = "Scratch folder (default: ${DEFAULT-VALUE}).") Path dir,
      @Option(names = "--seed", defaultValue = "1") long seed) {
    if (alerts < 1 || hosts < 2) {
      throw new BadInputException("--alerts must be >= 1 and --hosts >= 2");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("machine: " + EngineBenchmark.machine());
    out.println(io.wormbench.evaluation.scoring.bench.ScoreBenchmark.run(dir, alerts, hosts, seed));
  }
}
