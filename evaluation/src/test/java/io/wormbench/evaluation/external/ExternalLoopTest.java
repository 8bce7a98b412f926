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

  private RunOutcome runWritingOneAlert(String ts, String time) {
    String cmd = "sh -c 'printf \\\"" + HEADER + "\\\\n" + ts + "," + time
        + ",t,10.10.0.1,,0.9,,e\\\\n\\\" > $0/alerts.csv' {out}";
    return run(oneSeed("      command: \"" + cmd + "\"\n"), false);
  }

  @Test
  void alertOutsideTheRun_failsNamingTheAlert() {
    assertThatThrownBy(() -> runWritingOneAlert("1577836800000000",
        "2020-01-01T00:00:00.000000Z"))
        .isInstanceOf(ExternalFailure.class)
        .hasMessageContaining("alert 1 is at 2020-01-01T00:00:00")
        .hasMessageContaining("outside the run");
  }

  @Test
  void alertInSeconds_isReadAtTheRightTime() {
    RunOutcome o = runWritingOneAlert("1772458200", "2026-03-02T13:30:00Z");
    assertThat(o.runs().get(0).alerts()).filteredOn(a -> a.detector().equals("tool"))
        .singleElement().extracting(Alert::ts).isEqualTo(1772458200000000L);
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

  @Test
  void toolWritingEve_isReadByTheEveCodec() throws Exception {
    Path eve = tmp.resolve("hand-written-eve.json");
    Files.writeString(eve, "{\"timestamp\":\"2026-03-02T13:30:00.000000+0000\","
        + "\"event_type\":\"alert\",\"src_ip\":\"10.10.0.5\",\"src_port\":49152,"
        + "\"dest_ip\":\"203.0.113.7\",\"dest_port\":45700,\"proto\":\"TCP\","
        + "\"alert\":{\"signature_id\":2024792,\"signature\":\"ET POLICY Cryptocurrency Miner "
        + "Checkin\",\"category\":\"Crypto Currency Mining Activity Detected\","
        + "\"severity\":1}}\n");
    RunOutcome o = run(oneSeed("      command: \"cp " + eve + " {out}/eve.json\"\n"
        + "      output: eve\n"), false);
    List<Alert> alerts = o.runs().get(0).alerts().stream()
        .filter(a -> a.detector().equals("tool")).toList();
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.ts()).isEqualTo(1772458200000000L);
      assertThat(io.wormbench.traffic.net.Ipv4.format(a.host())).isEqualTo("10.10.0.5");
    });
  }
}
