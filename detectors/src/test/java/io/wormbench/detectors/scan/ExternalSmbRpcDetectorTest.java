package io.wormbench.detectors.scan;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.ext;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalSmbRpcDetectorTest {
  private static ExternalSmbRpcDetector detector() {
    return new ExternalSmbRpcDetector(ExternalSmbRpcDetector.Settings.DEFAULTS);
  }

  @Test
  void scanOfManyRareInternetHostsOn445And135_raisesScanAlert() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 20; i++) {
      f.conn(T0 + i * Micros.SECOND, in(50), ext(100 + i), i % 2 == 0 ? 445 : 135, "", 0, 0, 0,
          ConnState.S0);
    }
    List<Alert> alerts = f.run(detector());
    // One alert per new destination while the score climbs by 0.1: 0.3, 0.4 ... 1.0.
    assertThat(alerts).hasSize(8);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isEqualTo(6);
    Alert last = alerts.get(alerts.size() - 1);
    assertThat(last.score()).isEqualTo(1.0);
    assertThat(last.host()).isEqualTo(in(50));
    assertThat(last.technique()).isEqualTo("T1046");
    assertThat(last.evidence()).startsWith("8 connections to SMB/RPC/NetBIOS ports (2 distinct,"
        + " last 135) of 8 rare external hosts in 10 min");
  }

  @Test
  void popularCloudFileShare_staysQuiet() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 12; i++) {
      f.conn(T0 + i * Micros.MINUTE, in(100 + i), ext(5), 445, "smb", Micros.MINUTE, 5000, 9000,
          ConnState.SF);
    }
    List<Alert> alerts = f.run(detector());
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isZero();
    // Only the first two devices, before the share was known to be popular, are counted.
    assertThat(alerts).hasSize(2);
  }

  @Test
  void internalSmb_isIgnored() {
    Fixtures f = new Fixtures();
    for (int i = 0; i < 30; i++) {
      f.conn(T0 + i * Micros.SECOND, in(50), in(100 + i), 445, "", 0, 0, 0, ConnState.S0);
    }
    assertThat(f.run(detector())).isEmpty();
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    for (int hosts = 1; hosts <= 3; hosts++) {
      for (int i = 0; i < hosts * 2; i++) {
        f.conn(T0 + hosts * Micros.HOUR + i, in(50 + hosts), ext(10 * hosts + i), 445, "", 0, 0,
            0, ConnState.REJ);
      }
    }
    List<Alert> alerts = f.run(new ExternalSmbRpcDetector(Fixtures.params("saturation: 6")));
    // Scores per source rise 0.3, 0.44, 0.58, 0.72, 0.86, 1.0 with each new destination.
    assertThat(alerts).extracting(Alert::score)
        .containsExactly(0.3, 0.44, 0.3, 0.44, 0.58, 0.72, 0.3, 0.44, 0.58, 0.72, 0.86, 1.0);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(12);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(6);
    assertThat(countAtLeast(alerts, 0.8)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 1.0)).isEqualTo(1);
  }
}
