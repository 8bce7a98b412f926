package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.benchmark.Benchmark;
import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.experiment.LocalFanOut;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.spark.SparkFanOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test-side driver: one small catalogue benchmarked on named engines, folders kept apart. */
public final class SparkBench {
  private final List<Scenario> catalogue = new ArrayList<>();
  private final Map<String, Path> folders = new LinkedHashMap<>();

  void load(List<String> names, int seeds) {
    for (String n : names) {
      catalogue.add(TestScenarios.load(n).withSeeds(Scenario.range(1, seeds)));
    }
  }

  void benchmark(String engine) throws IOException {
    FanOut f = engine.equals("local") ? new LocalFanOut(2) : new SparkFanOut(engine);
    Path out = Files.createTempDirectory("wormbench-spark-bench");
    Benchmark.run(catalogue, f, out, "./wormbench benchmark", true, Progress.NONE,
        new PrintWriter(new StringWriter()), false);
    folders.put(engine, out);
  }

  /** Every file of the first engine's folder whose bytes differ in another's. */
  List<String> differences() throws IOException {
    List<Path> runs = new ArrayList<>(folders.values());
    List<String> out = new ArrayList<>();
    try (Stream<Path> all = Files.walk(runs.get(0))) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        Path rel = runs.get(0).relativize(f);
        for (Path other : runs.subList(1, runs.size())) {
          Path g = other.resolve(rel);
          if (!Files.exists(g) || !java.util.Arrays.equals(Files.readAllBytes(f),
              Files.readAllBytes(g))) {
            out.add(rel.toString());
          }
        }
      }
    }
    return out;
  }
}
