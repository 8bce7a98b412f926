package io.wormbench.evaluation.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.benchmark.Benchmark;
import io.wormbench.evaluation.experiment.LocalFanOut;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.SeedFailure;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on {@code local[2]} against the local engine: the same small catalogue
 * (2 scenarios x 3 seeds, one simulated day each) gives byte-identical summaries and run
 * files, and a detector that throws fails the job with one line naming scenario and seed.
 * Runs in the {@code spark} Maven profile ({@code ./mvnw verify -Pspark}), as it starts Spark.
 */
@Tag("spark")
class SparkEngineTest {
  private static final String COMMAND = "./wormbench benchmark --seeds 3";

  @TempDir
  Path tmp;

  private static List<Scenario> catalogue() {
    return Stream.of("tiny-incident", "tiny-c2")
        .map(n -> TestScenarios.load(n).withSeeds(Scenario.range(1, 3))).toList();
  }

  @Test
  void smallCatalogueOnLocal2_byteIdenticalToLocalEngine() throws IOException {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    Benchmark.run(catalogue(), new LocalFanOut(2), local, COMMAND, true, Progress.NONE, quiet(), false);
    Benchmark.run(catalogue(), new SparkFanOut("local[2]"), spark, COMMAND, true, Progress.NONE,
        quiet(), false);
    List<Path> files = files(local);
    assertThat(files).contains(Path.of("summary.csv"), Path.of("summary.json"),
        Path.of("tiny-incident/metrics.json"), Path.of("tiny-c2/metrics.json"));
    assertThat(files(spark)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(spark.resolve(f))).as(f.toString())
          .isEqualTo(Files.readAllBytes(local.resolve(f)));
    }
  }

  @Test
  void detectorThrowsOnEveryAttempt_jobFailsWithScenarioSeedAndMessage() {
    Scenario s = Scenario.parse("failing.yaml", """
        name: failing
        seeds: 2
        timeZone: UTC
        start: 2026-03-02
        duration: 6h
        learningPeriod: 1h
        network: {profile: small-office}
        detectors:
          - name: smb-brute-force
          - name: always-throws
        """);
    Path out = tmp.resolve("failed");
    assertThatThrownBy(() -> Benchmark.run(List.of(s), new SparkFanOut("local[2,2]"), out,
        COMMAND, true, Progress.NONE, quiet(), false))
        .isInstanceOf(SeedFailure.class)
        .hasMessageStartingWith("scenario 'failing' seed ")
        .hasMessageContaining("detector 'always-throws' failed")
        .hasMessageContaining("boom at event 1000")
        .message().doesNotContain("\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void runCommandOnSparkToFileUri_publishesTheFolderTheLocalEngineWrites() throws IOException {
    String tiny = TestScenarios.file("tiny-incident").toString();
    Path local = tmp.resolve("local-run");
    Path published = tmp.resolve("nested/spark-run");
    String uri = "file://" + published;
    assertThat(cli("run", tiny, "--seeds", "2", "--out", local.toString())).isZero();
    assertThat(cli("run", tiny, "--seeds", "2", "--engine", "spark", "--master", "local[2]",
        "--out", uri)).isZero();
    for (String f : List.of("metrics.json", "metrics.csv", "alerts.csv", "scored-alerts.csv",
        "seeds/2/truth.json")) {
      assertThat(Files.readAllBytes(published.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(local.resolve(f)));
    }
    assertThat(Files.readString(published.resolve("run.json")))
        .contains("--out " + uri + "\"");
    try (Stream<Path> siblings = Files.list(published.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("spark-run");
    }
  }

  private static int cli(String... args) {
    picocli.CommandLine cl = io.wormbench.evaluation.cli.WormbenchCommand.commandLine();
    cl.setOut(quiet());
    cl.setErr(new PrintWriter(System.err, true));
    return cl.execute(args);
  }

  private static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
