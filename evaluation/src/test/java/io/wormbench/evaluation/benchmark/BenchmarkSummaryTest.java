package io.wormbench.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSummaryTest {
  private static final String COMMAND = "./wormbench benchmark --seeds 2";

  @TempDir
  Path tmp;

  /** A metrics summary as SCHEMA.md writes it; null for undefined. */
  private static String est(String mean, String low, String high) {
    return "{\"mean\": " + mean + ", \"ci95Low\": " + low + ", \"ci95High\": " + high
        + ", \"n\": 2, \"perSeed\": [1, 1]}";
  }

  private static String detector(String recall, String ttd, String fa1000, String faDay) {
    return "{\"hostRecall\": " + recall + ", \"hostPrecision\": " + est("1", "1", "1")
        + ", \"alertPrecision\": " + est("0.5", "0.25", "0.75")
        + ", \"medianTtdSeconds\": " + ttd
        + ", \"falseAlarmsPer1000HostDays\": " + fa1000 + ", \"falseAlarmsPerDay\": " + faDay
        + "}";
  }

  private static final String NONE = est("null", "null", "null");

  /** Writes a hand-made run folder: metrics.json and run.json only. */
  private Path folder(Path parent, String name, String description, String primary)
      throws Exception {
    Path dir = parent.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("metrics.json"), "{\"schema\": \"wormbench-metrics/1\", "
        + "\"scenario\": \"" + name + "\", \"seeds\": [1, 2], \"matchingWindowSeconds\": 1800, "
        + "\"detectors\": [\"all-detectors\", \"smb-brute-force\"], \"primary\": " + primary
        + ", \"secondary\": {}}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("run.json"), "{\"scenario\": \"" + name + "\", "
        + "\"description\": \"" + description + "\", \"seeds\": [1, 2], \"command\": \"x\", "
        + "\"version\": \"9.9\"}", StandardCharsets.UTF_8);
    return dir;
  }

  private List<Path> twoRuns(Path parent) throws Exception {
    Path attack = folder(parent, "alpha", "A worm | with a pipe", "{"
        + "\"all-detectors\": " + detector(est("0.75", "0.5", "1"), est("250", "100", "400"),
            est("2", "0", "4"), est("0.1", "0", "0.2")) + ", "
        + "\"smb-brute-force\": " + detector(est("0", "0", "0"), NONE, est("0", "0", "0"),
            est("0", "0", "0")) + "}");
    Path benign = folder(parent, "quiet", "", "{"
        + "\"all-detectors\": " + detector(NONE, NONE, est("12.5", "10", "15"),
            est("0.625", "0.5", "0.75")) + ", "
        + "\"smb-brute-force\": " + detector(NONE, NONE, est("0.25", "0", "0.5"),
            est("0.0125", "0", "0.025")) + "}");
    return List.of(attack, benign);
  }

  @Test
  void twoHandMadeRuns_readmeHeadlineTableMatchesGolden() throws Exception {
    List<ScenarioResult> results = Benchmark.summarise(tmp.resolve("out"), twoRuns(tmp),
        COMMAND, "note.");
    assertThat(results).extracting(ScenarioResult::attackFree).containsExactly(false, true);
    String readme = Files.readString(tmp.resolve("out/README.md"));
    assertThat(readme).contains("""
        | Detector | alpha: recall / median TTD | quiet: false alarms per 1,000 host-days / per day |
        | --- | --- | --- |
        | all-detectors | 0.75 / 4 min 10 s | 12.50 / 0.63 |
        | smb-brute-force | 0.00 / \u2013 | 0.25 / 0.01 |
        """);
    assertThat(readme).contains("```\n" + COMMAND + "\n```", "- Version: 9.9", "- Seeds: 1, 2",
        "Misses are misses", "- [alpha](alpha/index.html): A worm \\| with a pipe (seeds 1, 2)",
        "note.");
  }

  @Test
  void twoHandMadeRuns_summaryFilesHoldEveryMetricWithIntervalsAndNullsForUndefined()
      throws Exception {
    Benchmark.summarise(tmp.resolve("out"), twoRuns(tmp), COMMAND, "note.");
    List<String> csv = Files.readAllLines(tmp.resolve("out/summary.csv"));
    assertThat(csv.get(0))
        .isEqualTo("scenario,attackFree,detector,metric,mean,ci95Low,ci95High,seeds");
    assertThat(csv).hasSize(1 + 2 * 2 * SummaryFiles.METRICS.size())
        .contains("alpha,false,all-detectors,medianTtdSeconds,250,100,400,2",
            "alpha,false,smb-brute-force,medianTtdSeconds,,,,2",
            "quiet,true,smb-brute-force,falseAlarmsPerDay,0.0125,0,0.025,2");
    String json = Files.readString(tmp.resolve("out/summary.json"));
    assertThat(json).contains("\"schema\": \"wormbench-benchmark/1\"",
        "\"attackFree\": true", "\"mean\": null", "\"ci95Low\": 10");
    assertThat(Files.readString(tmp.resolve("out/index.html")))
        .contains("<a href=\"alpha/index.html\">", "A worm | with a pipe".replace("|", "|"))
        .doesNotContain("<script");
  }

  @Test
  void sameRunFolders_summaryFilesAreByteIdentical() throws Exception {
    List<Path> runs = twoRuns(tmp);
    Benchmark.summarise(tmp.resolve("a"), runs, COMMAND, "note.");
    Benchmark.summarise(tmp.resolve("b"), runs, COMMAND, "note.");
    for (String f : Benchmark.SUMMARY_FILES) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
    }
  }

  @Test
  void htmlInScenarioText_isEscapedInIndexPage() throws Exception {
    Path dir = folder(tmp, "x", "<img src=y onerror=alert(1)>", "{\"all-detectors\": "
        + detector(NONE, NONE, NONE, NONE) + "}");
    Benchmark.summarise(tmp.resolve("out"), List.of(dir), COMMAND, "note.");
    assertThat(Files.readString(tmp.resolve("out/index.html")))
        .contains("&lt;img src=y onerror=alert(1)&gt;").doesNotContain("<img");
  }
}
