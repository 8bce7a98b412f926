package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.benchmark.Benchmark;
import io.wormbench.evaluation.benchmark.Headline;
import io.wormbench.evaluation.benchmark.ScenarioResult;
import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench benchmark}: the built-in detectors on the whole scenario catalogue over the
 * same seeds, one run folder per scenario and a catalogue summary (issue 6,
 * {@code reports/benchmark/}). Every scenario file is bound before anything runs, so a bad
 * path or field fails at once with one line.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Run every catalogue scenario (default: scenarios/*.yaml) over seeds 1..N into "
        + "DIR/<scenario>/ and write DIR/summary.csv, summary.json, README.md and index.html.")
final class BenchmarkCommand implements Callable<Integer> {
  /** Default seeds: enough for a confidence interval, few enough for minutes on 2 cores. */
  static final int DEFAULT_SEEDS = 5;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "<scenario.yaml>",
      description = "Scenario files (default: every scenarios/*.yaml, by file name).")
  List<Path> scenarios = new ArrayList<>();

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "" + DEFAULT_SEEDS,
      description = "Run seeds 1..N of every scenario (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Mixin
  ExternalOptions external;

  @Mixin
  EngineOptions engine;

  @Option(names = "--out", paramLabel = "DIR", description = "Benchmark folder (default: "
      + "reports/benchmark); with --engine spark also a Hadoop FileSystem URI.")
  String out;

  @Option(names = "--full", description = "Keep every run file (per-seed copies, ground truth, "
      + "SVG charts); by default they are left out so the folder can be committed.")
  boolean full;

  @Override
  public Integer call() {
    if (seeds < 1 || seeds > 10_000) {
      throw new BadInputException("--seeds must be between 1 and 10000, not " + seeds);
    }
    FanOut fanOut = engine.create(); // options first: a bad option fails before any file
    List<Path> files = scenarios.isEmpty() ? catalogue(Path.of("scenarios")) : scenarios;
    List<Scenario> bound = new ArrayList<>();
    for (Path f : files) {
      bound.add(Scenario.load(f).withSeeds(Scenario.range(1, seeds)));
    }
    OutputTarget target = OutputTarget.of(out, Path.of("reports", "benchmark"), fanOut);
    Path dir = target.folder();
    PrintWriter stdout = spec.commandLine().getOut();
    List<ScenarioResult> results;
    try {
      results = Benchmark.run(bound, fanOut, dir, command(), !full,
          ConsoleProgress.forConsole("benchmark"), stdout, external.keep);
    } catch (IllegalArgumentException e) {
      target.abandon();
      throw new BadInputException(e.getMessage());
    } catch (RuntimeException | Error e) {
      target.abandon();
      throw e;
    }
    stdout.println(String.join(" | ", Headline.header(results)));
    for (List<String> row : Headline.rows(results)) {
      stdout.println(String.join(" | ", row));
    }
    target.publish(fanOut);
    stdout.println("benchmark written to " + target.where() + " (README.md, index.html, summary.csv, "
        + "summary.json)");
    return 0;
  }

  static List<Path> catalogue(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(folder + ": no such folder; give scenario files or run from "
          + "the repository root");
    }
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new BadInputException(folder + ": no scenario (*.yaml) files");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
    }
  }

  /** The regenerating command; no --threads or engine (results do not depend on them). */
  private String command() {
    StringBuilder b = new StringBuilder("./wormbench benchmark --seeds ").append(seeds);
    if (out != null) {
      b.append(" --out ").append(out);
    }
    if (full) {
      b.append(" --full");
    }
    for (Path p : scenarios) {
      b.append(' ').append(p);
    }
    return b.toString();
  }
}
