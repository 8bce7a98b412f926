package io.wormbench.evaluation.acceptance;

import io.wormbench.detectors.DetectorRegistry;
import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.benchmark.Benchmark;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test-side driver of the external-detector steps: a scenario with every built-in detector
 * and one external one, benchmarked into a temporary folder that keeps what the tool was handed.
 */
public final class ExternalBench {
  private Scenario scenario;
  private Path folder;

  /** Loads a repository scenario for {@code seeds} seeds. */
  public void load(String name, int seeds) {
    scenario = Scenario.load(TestScenarios.repositoryScenarios().resolve(name + ".yaml"))
        .withSeeds(Scenario.range(1, seeds));
  }

  /** Adds the built-ins and the external entry {@code entry} (YAML, indented list item). */
  public void addExternal(String entry) {
    StringBuilder yaml = new StringBuilder(scenario.yaml()).append("\ndetectors:\n");
    for (String d : DetectorRegistry.builtIn().names()) {
      yaml.append("  - name: ").append(d).append('\n');
    }
    yaml.append(entry);
    List<Long> seeds = scenario.seeds();
    scenario = Scenario.parse(scenario.source(), yaml.toString()).withSeeds(seeds);
  }

  /** Benchmarks the scenario, keeping the external input. */
  public void benchmark() {
    try {
      folder = Files.createTempDirectory("wormbench-external-feature");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Benchmark.run(List.of(scenario), 2, folder, "cucumber", false, n -> Progress.NONE,
        new PrintWriter(new StringWriter()), true);
  }

  /** metrics.json of the benchmarked scenario. */
  public String metricsJson() throws IOException {
    return Files.readString(folder.resolve(scenario.name()).resolve("metrics.json"),
        StandardCharsets.UTF_8);
  }

  /** Every file kept under the folders handed to external tools. */
  public List<Path> handedFiles() throws IOException {
    try (Stream<Path> all = Files.walk(folder.resolve(scenario.name()).resolve("external-input"))) {
      return all.filter(Files::isRegularFile).toList();
    }
  }

  /** The repository's path of {@code file}. */
  public static Path repo(String file) {
    Path p = Path.of("..").resolve(file);
    return (Files.exists(p) ? p : Path.of(file)).toAbsolutePath().normalize();
  }
}
