package io.wormbench.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunTest {
  @TempDir
  Path tmp;

  private List<ScenarioResult> bench(Path out, int threads) {
    Scenario s = TestScenarios.load("tiny-incident").withSeeds(Scenario.range(1, 2));
    return Benchmark.run(List.of(s), threads, out, "./wormbench benchmark --seeds 2", true,
        name -> Progress.NONE, new PrintWriter(new StringWriter()));
  }

  @Test
  void tinyScenarioTwice_summaryByteIdenticalWhateverThreads_compactFolderHasReport()
      throws Exception {
    List<ScenarioResult> results = bench(tmp.resolve("a"), 1);
    bench(tmp.resolve("b"), 2);
    for (String f : Benchmark.SUMMARY_FILES) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
    }
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("tiny-incident");
      assertThat(r.seeds()).containsExactly(1L, 2L);
      assertThat(r.attackFree()).isFalse();
      assertThat(r.description()).startsWith("Seed worm on small-office");
      assertThat(r.detectors().get(0).detector()).isEqualTo("all-detectors");
    });
    Path run = tmp.resolve("a/tiny-incident");
    assertThat(run.resolve("index.html")).isNotEmptyFile();
    assertThat(run.resolve("metrics.json")).isNotEmptyFile();
    assertThat(run.resolve("scenario.yaml")).isNotEmptyFile();
    assertThat(run.resolve("seeds")).doesNotExist();
    assertThat(run.resolve("truth.json")).doesNotExist();
    try (var files = Files.list(run)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".svg"));
    }
    String page = Files.readString(run.resolve("index.html"));
    assertThat(page).doesNotContain(".svg\"", "href=\"truth.json\"");
    // The first seed's fidelity scorecard, in the folder, its report and the summary.
    assertThat(run.resolve("fidelity.json")).isNotEmptyFile();
    assertThat(page).contains("<section id=\"fidelity\">", "tiny-incident seed 1",
        "tcp.failed_share", "href=\"fidelity.csv\"");
    assertThat(Files.readString(tmp.resolve("a/README.md"))).contains("## Fidelity",
        "| tiny-incident | tiny-incident seed 1 |");
    assertThat(Files.readString(tmp.resolve("a/index.html"))).contains("<h2>Fidelity</h2>");
  }
}
