package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void wrongScenarioField_oneLineNamingFieldAndLine_exitTwo() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\nduration: 1d\nlearningPeriod: 1h\nnetwork: {profile: "
        + "small-office}\nseeds: 1\nevaluation:\n  matchingWindow: -5m\n");
    assertThat(run("run", bad.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("wormbench: " + bad + ": evaluation.matchingWindow:").endsWith("(line 7)");
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @Test
  void missingScenarioFile_oneLine_exitTwo() {
    assertThat(run("run", tmp.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("no such file");
  }

  @Test
  void malformedAlertsFile_oneLine_exitTwo() throws Exception {
    Path alerts = tmp.resolve("alerts.csv");
    Files.writeString(alerts, "nonsense,header\n1,2\n");
    Path truth = tmp.resolve("truth.json");
    Files.writeString(truth, "{}");
    assertThat(run("score", "--alerts", alerts.toString(), "--truth", truth.toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("wormbench: ").doesNotContain("\tat ");
  }

  @Test
  void unknownOption_usageError_exitTwo() {
    assertThat(run("run", "--bogus")).isEqualTo(2);
  }

  @Test
  void help_listsCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("run", "demo", "score", "compare");
  }

  @Test
  void runThenScoreThenCompare_roundTrip() throws Exception {
    Path dir = tmp.resolve("run");
    assertThat(run("run", TestScenarios.file("tiny-incident").toString(), "--seed", "3", "--out",
        dir.toString(), "--threads", "1")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("all-detectors", "smb-brute-force", "median TTD");
    for (String f : new String[] {"metrics.json", "metrics.csv", "alerts.csv", "truth.json",
        "truth.csv", "ttd.csv", "stage-coverage.csv", "pr-curve.csv", "timeline.csv",
        "false-alarms.csv", "scored-alerts.csv", "run.json"}) {
      assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
    }
    Path rescored = tmp.resolve("rescored");
    assertThat(run("score", "--alerts", dir.resolve("alerts.csv").toString(), "--truth",
        dir.resolve("truth.json").toString(), "--learning-period", "12h", "--out",
        rescored.toString())).as(err.toString()).isZero();
    // Scoring the run's own alerts from files gives the metrics of the run itself.
    String original = Files.readString(dir.resolve("metrics.csv"));
    String again = Files.readString(rescored.resolve("metrics.csv"));
    assertThat(row(again, "all-detectors,primary,hostRecall"))
        .isEqualTo(row(original, "all-detectors,primary,hostRecall"));
    assertThat(row(again, "all-detectors,primary,alertPrecision"))
        .isEqualTo(row(original, "all-detectors,primary,alertPrecision"));
    out.getBuffer().setLength(0);
    assertThat(run("compare", dir.toString(), rescored.toString())).isZero();
    assertThat(out.toString()).contains("hostRecall", "+0.000");
  }

  private static String row(String csv, String prefix) {
    return csv.lines().filter(l -> l.startsWith(prefix + ",")).findFirst().orElseThrow();
  }
}
