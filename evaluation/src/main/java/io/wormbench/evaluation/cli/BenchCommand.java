package io.wormbench.evaluation.cli;

import io.wormbench.detectors.bench.EngineBenchmark;
import io.wormbench.detectors.bench.SyntheticTraffic;
import io.wormbench.simulator.bench.SimulateBenchmark;
import io.wormbench.traffic.codec.pcap.bench.PcapBenchmark;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench bench}: the modules' own benchmark entry points (simulator events/s,
 * detection engine events/s, pcap read/write packets/s against tshark). Speed is measured
 * here, never in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: simulate, detect, pcap.")
final class BenchCommand {
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
      description = "Detection engine events per second, all built-in detectors, on synthetic "
          + "traffic (the first run warms the JIT up and is not reported).")
  void detect(
      @Option(names = "--hosts", defaultValue = "2000") int hosts,
      @Option(names = "--days", defaultValue = "2") int days,
      @Option(names = "--seed", defaultValue = "1") long seed) {
    if (hosts < 1 || days < 1) {
      throw new BadInputException("--hosts and --days must be >= 1");
    }
    EngineBenchmark.run(new SyntheticTraffic(hosts, 1, seed), Long.MIN_VALUE);
    EngineBenchmark.Result r = EngineBenchmark.run(new SyntheticTraffic(hosts, days, seed),
        Long.MIN_VALUE);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "%d events, %d alerts, %.0f ms, %.0f events/s wall, %.0f events/s CPU%n", r.events(),
        r.alerts(), r.seconds() * 1000, r.eventsPerSecond(), r.eventsPerCpuSecond());
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
}
