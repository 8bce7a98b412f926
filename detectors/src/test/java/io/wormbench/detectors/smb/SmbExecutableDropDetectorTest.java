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
    // Writes and starts are separate stages with separate gates: each pair gets both.
    assertThat(alerts).extracting(Alert::technique).containsExactly("T1570", "T1569.002",
        "T1570", "T1569.002", "T1570", "T1569.002");
    assertThat(countAtLeast(alerts, T)).isEqualTo(6);
    assertThat(alerts.get(0).evidence()).isEqualTo("executable x7fq.exe (180000 bytes) written to"
        + " \\\\HOST100\\ADMIN$ on 10.0.0.100; name randomness 1.00; 1 admin-share target from"
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
    // The deployment server writing a generated name scores 0.7, a workstation that never
    // deployed 0.95.
    assertThat(alerts).extracting(Alert::score).containsExactly(0.2, 0.7, 0.95);
    assertThat(countAtLeast(alerts, T)).isEqualTo(2);
  }

  @Test
  void deploymentSeenInLearning_isScoredDown() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(5), in(100), "ADMIN$", "qzx9vtk.msi", 5_000_000);
    f.smbWrite(T0 + 2 * Micros.DAY, in(5), in(101), "ADMIN$", "qzx9vtk.msi", 5_000_000);
    List<Alert> alerts = f.run(T0 + Micros.DAY, detector());
    // Written while learning, the name became one of the organisation's (randomness 0), and
    // the same source writing it again is a known deployment, halved.
    assertThat(alerts).extracting(Alert::score).containsExactly(0.2, 0.1);
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
    f.smbWrite(T0, in(50), in(100), "C$", "setup64.exe", 1000);
    f.smbWrite(T0 + Micros.DAY, in(51), in(100), "ADMIN$", "notepad.exe", 1000);
    f.smbWrite(T0 + 2 * Micros.DAY, in(52), in(100), "ADMIN$", "a9k3pq9z.exe", 1000);
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.334, 0.411, 0.95);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.4)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.96)).isZero();
  }

  @Test
  void nameModel_separatesGeneratedFromSoftwareNames() {
    NameModel m = new NameModel();
    assertThat(m.of("x7fq.exe")).isGreaterThanOrEqualTo(0.8);
    assertThat(m.of("notepad.exe")).isLessThan(0.35);
    assertThat(m.of("ccmsetup.exe")).isLessThan(0.2);
    assertThat(m.of("setup64.exe")).isLessThan(0.2);
    assertThat(m.of("1et8.exe")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void lettersOnlyGeneratedNames_lookRandomToTheModel() {
    NameModel m = new NameModel();
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    int high = 0;
    for (int i = 0; i < 100; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 8; j++) {
        b.append((char) ('a' + rnd.nextInt(26)));
      }
      high += m.of(b + ".exe") >= 0.6 ? 1 : 0;
    }
    assertThat(high).isGreaterThanOrEqualTo(90);
  }

  @Test
  void organisationNamesLearned_becomeOrdinary() {
    NameModel m = new NameModel();
    double before = m.of("kbrtlx.exe");
    for (int i = 0; i < 200; i++) {
      m.learn("kbrtlx" + (char) ('a' + i % 26) + i);
    }
    m.freeze();
    assertThat(m.of("kbrtlx.exe")).isLessThan(before);
  }

  @Test
  void systemBinaryNameFromNewWriter_raisesMasqueradeDrop() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0 + Micros.DAY, in(50), in(100), "ADMIN$", "wuauclt.exe", 90_000);
    List<Alert> alerts = f.run(T0 + Micros.HOUR, detector());
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.score()).isGreaterThanOrEqualTo(T);
      assertThat(a.evidence()).contains("name of a Windows system binary");
    });
  }

  @Test
  void executableMagicUnderDataName_isADrop() {
    Fixtures f = new Fixtures();
    f.smbWrite(T0, in(50), in(100), "ADMIN$", "qhzvtkwa.dat", 90_000, "application/x-dosexec");
    f.smbWrite(T0, in(50), in(101), "ADMIN$", "report.dat", 90_000, "text/plain");
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.score()).isGreaterThanOrEqualTo(T);
      assertThat(a.evidence()).contains("application/x-dosexec")
          .contains("executable content under a non-executable name");
    });
  }

}
