package io.wormbench.evaluation.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  @TempDir
  Path dir;

  @Test
  void fixture_readsEveryFileOfTheSchema() {
    RunData d = RunFolder.read(RunFixture.source());
    assertThat(d.scenario().name()).isEqualTo("seed-incident");
    assertThat(d.reproduce().seeds()).containsExactly(7L, 8L, 9L);
    assertThat(d.detectors()).hasSize(5);
    RunData.DetectorRow smb = d.detectors().get(1);
    assertThat(smb.detector()).isEqualTo("smb-brute-force");
    assertThat(smb.alerts()).isEqualTo(9);
    assertThat(smb.hostRecall().low()).isEqualTo(0.31);
    assertThat(d.detectors().get(4).hostPrecision().defined()).isFalse();
    assertThat(d.hosts()).hasSize(8);
    assertThat(d.timelines().get(3).quarantinedAt()).isNotEqualTo(Long.MAX_VALUE);
    assertThat(d.timelines().get(0).quarantinedAt()).isEqualTo(Long.MAX_VALUE);
    assertThat(d.steps()).hasSize(12);
    assertThat(d.alerts()).hasSize(8).allMatch(a -> !a.verdict().isEmpty());
    assertThat(d.ttd()).hasSize(20).filteredOn(t -> !t.detected()).hasSize(11);
    assertThat(d.prCurve()).as("undefined precision rows are skipped").hasSize(6);
    assertThat(d.falseAlarms()).extracting(RunData.FalseAlarms::kind)
        .containsExactly("admin-rdp-chain", "password-typo", "update-download", "");
    assertThat(d.sweep()).hasSize(10);
    assertThat(d.incidents()).hasSize(2);
    assertThat(d.incidents().get(0).summary())
        .isEqualTo("stages: initial download, brute force, mining; max score 1.00");
    assertThat(d.incidents().get(0).end()).isNotEqualTo(Long.MAX_VALUE);
  }

  @Test
  void badTruthField_failsNamingFileAndJsonPath() throws IOException {
    RunFixture.copyTo(dir);
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, Files.readString(truth)
        .replaceFirst("\"startMicros\": (\\d+),\\s*\"end\"", "\"startMicros\": \"soon\", \"end\"")
        .replaceFirst("\"start\": \"[^\"]+\",\\s*\"startMicros\": \"soon\"",
            "\"start\": \"soon\", \"startMicros\": \"soon\""));
    assertThatThrownBy(() -> RunFolder.read(dir)).isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith("truth.json: ").hasMessageContaining("start")
        .hasMessageContaining("not a time: 'soon'");
  }

  @Test
  void negativeTimeToDetect_failsNamingLineAndColumn() throws IOException {
    RunFixture.copyTo(dir);
    Path ttd = dir.resolve("ttd.csv");
    Files.writeString(ttd, Files.readString(ttd).replaceFirst(",7920,", ",-5,"));
    assertThatThrownBy(() -> RunFolder.read(dir))
        .hasMessage("ttd.csv: line 6: ttdSeconds: must be >= 0 or empty (undetected): -5.0");
  }

  @Test
  void runWithoutInfectedHosts_prRowsWithoutRecallAreSkipped() throws IOException {
    RunFixture.copyTo(dir);
    // benign-only: alerts exist (precision 0) but recall is undefined at every threshold
    Files.writeString(dir.resolve("pr-curve.csv"),
        "detector,threshold,alerts,precision,recall,falseAlarmsPerDay\n"
            + "all-detectors,0.9,1,0,,0.05\nall-detectors,0.5,3,0,,0.15\n");
    assertThat(RunFolder.read(dir).prCurve()).isEmpty();
  }

  @Test
  void missingColumn_failsNamingIt() throws IOException {
    RunFixture.copyTo(dir);
    Files.writeString(dir.resolve("stage-coverage.csv"), "detector,stage,steps\nx,MINING,1\n");
    assertThatThrownBy(() -> RunFolder.read(dir))
        .hasMessage("stage-coverage.csv: missing column 'caught'");
  }

  @Test
  void brokenJson_failsNamingTheFile() throws IOException {
    RunFixture.copyTo(dir);
    Files.writeString(dir.resolve("metrics.json"), "{\"detectors\": [");
    assertThatThrownBy(() -> RunFolder.read(dir)).hasMessageStartingWith("metrics.json: not valid JSON");
  }
}
