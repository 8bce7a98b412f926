package io.wormbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.traffic.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External tools in the loop, played by small sh and python scripts. */
class ExternalLoopTest {
  private static final String HEADER = "ts,time,detector,host,peer,score,technique,evidence";

  @TempDir
  Path tmp;

  private static Scenario oneSeed(String tool) {
    return ExternalFixtures.tinyWith("  - name: mining-protocol\n  - name: tool\n    external:\n"
        + tool).withSeeds(List.of(1L));
  }

  private RunOutcome run(Scenario s, boolean keep) {
    return Experiment.run(s, 1, Progress.NONE, new ExternalWork(tmp.resolve("work"), keep));
  }

  @Test
  void filesHandedToTheTool_holdTrafficOnly_andTheEnvironmentNoTruth() throws Exception {
    String probe = "sh -c 'ls -R \"$(dirname \"$1\")/..\" > \"$2/listing.txt\"; env > \"$2/env.txt\";"
        + " echo " + HEADER + " > \"$2/alerts.csv\"' probe {input} {out}";
    run(oneSeed("      command: \"" + probe.replace("\"", "\\\"") + "\"\n      input: jsonl\n"),
        true);
    List<Path> files;
    try (Stream<Path> all = Files.walk(tmp.resolve("work"))) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("events.jsonl", "listing.txt", "env.txt", "alerts.csv")
        .noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("truth")
            || n.toLowerCase(Locale.ROOT).contains("label"));
    Path out = tmp.resolve("work/seed-1/tool/out");
    assertThat(Files.readString(out.resolve("listing.txt"))).doesNotContain("truth");
    String env = Files.readString(out.resolve("env.txt"), StandardCharsets.UTF_8);
    assertThat(env).contains("WORMBENCH_SEED=1").doesNotContainIgnoringCase("truth");
    assertThat(Files.readString(files.stream().filter(p -> p.endsWith("events.jsonl"))
        .findFirst().orElseThrow())).doesNotContain("\"stage\"").doesNotContain("T1110");
  }

  @Test
  void inputFolder_isDeletedAfterwardsUnlessKept() {
    run(oneSeed("      command: \"sh -c 'echo " + HEADER + " > $0/alerts.csv' {out}\"\n"), false);
    assertThat(tmp.resolve("work")).doesNotExist();
  }

  @Test
  void failingTool_failsTheRunWithExitCodeAndStderrTail() {
    assertThatThrownBy(() -> run(oneSeed(
        "      command: \"sh -c 'echo starting >&2; echo model missing >&2; exit 3'\"\n"), false))
        .isInstanceOf(ExternalFailure.class)
        .hasMessage("external detector 'tool' (seed 1): exited with code 3; stderr: starting | "
            + "model missing");
    assertThat(tmp.resolve("work")).doesNotExist();
  }

  @Test
  void hangingTool_isKilledAtItsTimeout() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> run(oneSeed("      command: \"sleep 60\"\n      timeout: 1s\n"),
        false))
        .isInstanceOf(ExternalFailure.class)
        .hasMessageContaining("timed out after 1s and was killed");
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
  }

  @Test
  void toolWritingNoAlertsFile_failsInsteadOfScoringSilence() {
    assertThatThrownBy(() -> run(oneSeed("      command: \"true\"\n"), false))
        .isInstanceOf(ExternalFailure.class)
        .hasMessageContaining("exited 0 but wrote no alerts.csv");
  }

  @Test
  void alertInSeconds_failsNamingTheAlert() {
    String cmd = "sh -c 'printf \\\"" + HEADER + "\\\\n1772452800,x,t,10.10.0.1,,0.9,,e\\\\n\\\" "
        + "> $0/alerts.csv' {out}";
    assertThatThrownBy(() -> run(oneSeed("      command: \"" + cmd + "\"\n"), false))
        .isInstanceOf(ExternalFailure.class)
        .hasMessageContaining("alert 1 is at 1970-01-01T00:29:32")
        .hasMessageContaining("is ts in microseconds");
  }

  @Test
  void streamTool_readsEventsOnStdin_andIsScoredDeterministically() {
    Scenario s = ExternalFixtures.tinyWith("  - name: mining-protocol\n  - name: stratum-tap\n"
        + "    external:\n      mode: stream\n      command: \"/usr/bin/python3 "
        + ExternalFixtures.repo("detectors/examples/stratum_tap.py") + "\"\n");
    RunOutcome a = Experiment.run(s, 2, Progress.NONE, new ExternalWork(tmp.resolve("a"), false));
    RunOutcome b = Experiment.run(s, 1, Progress.NONE, new ExternalWork(tmp.resolve("b"), false));
    List<Alert> tapped = a.runs().get(0).alerts().stream()
        .filter(x -> x.detector().equals("stratum-tap")).toList();
    assertThat(tapped).isNotEmpty().allSatisfy(x -> assertThat(x.technique()).isEqualTo("T1496"));
    assertThat(a.runs()).extracting(r -> r.alerts()).isEqualTo(b.runs().stream()
        .map(r -> r.alerts()).toList());
    assertThat(a.summary().get("stratum-tap", "hostRecall").mean()).isGreaterThan(0);
    assertThat(a.summary().get("stratum-tap", "hostRecall").n()).isEqualTo(2);
  }
}
