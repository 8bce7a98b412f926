package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.replay.Replay;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.AlertCsv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateDetectTest {
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
  void simulateToJsonl_thenDetect_sameAlertsAsInMemoryRun() {
    Path scenario = TestScenarios.file("tiny-incident");
    Path sim = tmp.resolve("sim");
    assertThat(run("simulate", scenario.toString(), "--out", sim.toString(), "--seed", "2"))
        .as(err.toString()).isZero();
    assertThat(sim.resolve("events.jsonl")).isNotEmptyFile();
    assertThat(sim.resolve("truth.json")).isNotEmptyFile();
    Path det = tmp.resolve("det");
    assertThat(run("detect", sim.resolve("events.jsonl").toString(), "--truth",
        sim.resolve("truth.json").toString(), "--scenario", scenario.toString(), "--out",
        det.toString())).as(err.toString()).isZero();
    RunResult inMemory = Replay.run(TestScenarios.load("tiny-incident"), 2, ts -> { });
    List<Alert> fromFile = AlertCsv.read(det.resolve("alerts.csv"));
    assertThat(fromFile).isNotEmpty().isEqualTo(inMemory.alerts());
    assertThat(det.resolve("metrics.json")).isNotEmptyFile();
    assertThat(det.resolve("incidents.json")).isNotEmptyFile();
  }

  @Test
  void unknownFormat_oneLine_exitTwo() {
    assertThat(run("simulate", TestScenarios.file("tiny-incident").toString(), "--out",
        tmp.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("--format");
  }

  @Test
  void truncatedCapture_reportsAndDoesNotCrash() throws Exception {
    Path pcap = tmp.resolve("x.pcap");
    java.nio.file.Files.write(pcap, new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2});
    int code = run("detect", pcap.toString(), "--out", tmp.resolve("d").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("x.pcap").doesNotContain("\tat ");
  }
}
