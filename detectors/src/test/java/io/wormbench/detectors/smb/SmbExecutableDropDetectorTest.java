package io.wormbench.detectors.smb;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmbExecutableDropDetectorTest {
  private static final double T = Detector.DEFAULT_THRESHOLD;

  private static SmbExecutableDropDetector detector() {
    return new SmbExecutableDropDetector(SmbExecutableDropDetector.Settings.DEFAULTS);
  }

  @Test
  void randomNamedExecutableToAdminSharesThenServiceStart_raisesDropAlerts() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 3; i++) {
      long t = T0 + i * Micros.MINUTE;
      f.smbWrite(t, in(50), in(100 + i), "ADMIN$", "x7fq.exe", 180_000);
      f.rpc(t + Micros.SECOND, in(50), in(100 + i), 445, "svcctl", "CreateServiceW");
      f.rpc(t + 2 * Micros.SECOND, in(50), in(100 + i), 445, "svcctl", "StartServiceW");
    }
    List<Alert> alerts = f.run(detector());
    // The last start would score 1.0 like the write before it, so the gate holds it back.
    assertThat(alerts).extracting(Alert::technique)
        .containsExactly("T1570", "T1569.002", "T1570", "T1569.002", "T1570");
    assertThat(countAtLeast(alerts, T)).isEqualTo(5);
    // Writes score 0.8, 0.875, 0.95 as the fan-out grows; each start adds 0.135.
    assertThat(alerts).extracting(Alert::score).containsExactly(0.8, 0.935, 0.875, 1.0, 0.95);
    assertThat(alerts.get(0).evidence()).isEqualTo("executable x7fq.exe (180000 bytes) written to"
        + " \\\\HOST100\\ADMIN$ on 10.0.0.100; name randomness 0.80; 1 admin-share target from"
        + " this source in 1 h; source wrote no admin-share executables during learning");
  }

  @Test
  void softwareDeploymentWithLegitNameToManyHosts_staysBelowThreshold() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 40; i++) {
      long t = T0 + i * 20 * Micros.SECOND;
      f.smbWrite(t, in(5), in(100 + i), "ADMIN$", "ccmsetup.exe", 5_000_000);
      f.rpc(t + Micros.SECOND, in(5), in(100 + i), 445, "svcctl", "CreateServiceW");
    }
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).isNotEmpty();
    assertThat(countAtLeast(alerts, T)).isZero();
  }

  @Test
  void shortGeneratedNameFromHostThatNeverDeployed_raisesDropAlert() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(5), in(100), "ADMIN$", "ccmsetup.exe", 5_000_000); // learning
    f.smbWrite(T0 + 2 * Micros.DAY, in(5), in(101), "ADMIN$", "1et8.exe", 1_482_752);
    f.smbWrite(T0 + 2 * Micros.DAY, in(60), in(102), "ADMIN$", "1et8.exe", 1_482_752);
    List<Alert> alerts = f.run(T0 + Micros.DAY, detector());
    // The deployment server writing it scores 0.425, a workstation that never deployed 0.538.
    assertThat(alerts).extracting(Alert::score).containsExactly(0.215, 0.425, 0.538);
    assertThat(countAtLeast(alerts, T)).isEqualTo(1);
  }

  @Test
  void deploymentSeenInLearning_isScoredDown() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(5), in(100), "ADMIN$", "qzx9vtk.msi", 5_000_000);
    f.smbWrite(T0 + 2 * Micros.DAY, in(5), in(101), "ADMIN$", "qzx9vtk.msi", 5_000_000);
    List<Alert> alerts = f.run(T0 + Micros.DAY, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.7, 0.35);
    assertThat(alerts.get(1).evidence()).endsWith("known deployment pattern");
  }

  @Test
  void executableToOrdinaryShareOrDocumentToAdminShare_isIgnored() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(50), in(100), "Public", "x7fq.exe", 1000);
    f.smbWrite(T0, in(50), in(100), "ADMIN$", "report.docx", 1000);
    assertThat(f.run(detector())).isEmpty();
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(50), in(100), "C$", "notepad.exe", 1000); // 0.2
    f.smbWrite(T0 + Micros.DAY, in(51), in(100), "ADMIN$", "kqzvbtrw.exe", 1000); // 0.613
    f.smbWrite(T0 + 2 * Micros.DAY, in(52), in(100), "ADMIN$", "a9k3pq9z.exe", 1000); // 0.875
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.2, 0.613, 0.875);
    assertThat(countAtLeast(alerts, 0.1)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.7)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.9)).isZero();
  }

  @Test
  void nameRandomness_separatesGeneratedFromSoftwareNames() {
    assertThat(NameRandomness.of("x7fq.exe")).isGreaterThanOrEqualTo(0.8);
    assertThat(NameRandomness.of("notepad.exe")).isZero();
    assertThat(NameRandomness.of("ccmsetup.exe")).isLessThan(0.2);
    assertThat(NameRandomness.of("setup64.exe")).isLessThan(0.2);
    assertThat(NameRandomness.of("1et8.exe")).isGreaterThanOrEqualTo(0.45);
  }
}
