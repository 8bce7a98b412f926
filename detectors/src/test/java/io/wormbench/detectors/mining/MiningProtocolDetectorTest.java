package io.wormbench.detectors.mining;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.ext;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiningProtocolDetectorTest {
  private static MiningProtocolDetector detector() {
    return new MiningProtocolDetector(MiningProtocolDetector.Settings.DEFAULTS);
  }

  @Test
  void xmrigLoginJobSubmit_raisesMiningAlertsOfRisingScore() {
    Fixtures f = new Fixtures();
    f.stratum(T0, in(40), ext(80), 3333, "login", true);
    f.stratum(T0 + 1000_000, in(40), ext(80), 3333, "job", false);
    f.stratum(T0 + 2000_000, in(40), ext(80), 3333, "submit", true);
    f.stratum(T0 + 3000_000, in(40), ext(80), 3333, "keepalived", true);
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.8, 0.9, 1.0);
    assertThat(alerts).allSatisfy(a -> {
      assertThat(a.host()).isEqualTo(in(40));
      assertThat(a.peer()).isEqualTo(ext(80));
      assertThat(a.technique()).isEqualTo("T1496");
    });
    assertThat(alerts.get(0).evidence()).isEqualTo("XMRig/MinerGate mining method 'login' sent to"
        + " 93.184.80.7:3333 (worker 'wallet'); session shows handshake");
  }

  @Test
  void stratumV1Subscribe_raisesMiningAlert() {
    Fixtures f = new Fixtures();
    f.stratum(T0, in(40), ext(81), 3333, "mining.subscribe", true);
    assertThat(countAtLeast(f.run(detector()), Detector.DEFAULT_THRESHOLD)).isEqualTo(1);
  }

  @Test
  void ordinaryJsonRpcAndPoolNtpLookups_stayQuiet() {
    Fixtures f = new Fixtures();
    f.stratum(T0, in(40), ext(81), 8545, "eth_blockNumber", true);
    f.dns(T0, in(41), "pool.ntp.org");
    f.tls(T0, in(42), ext(3), "login.microsoftonline.com");
    f.conn(T0, in(43), ext(4), 4444, "", 10 * Micros.MINUTE, 100, 100, ConnState.SF);
    assertThat(f.run(detector())).isEmpty();
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    f.conn(T0, in(43), ext(4), 4444, "", 2 * Micros.HOUR, 100, 100, ConnState.SF); // 0.6
    f.dns(T0, in(44), "xmr.pool.minergate.com"); // 0.55
    f.tls(T0, in(45), ext(5), "gulf.moneroocean.stream"); // 0.6
    f.stratum(T0, in(46), ext(81), 3333, "mining.authorize", true); // 0.8
    List<Alert> alerts = f.run(detector());
    assertThat(alerts).extracting(Alert::score).containsExactlyInAnyOrder(0.6, 0.55, 0.6, 0.8);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(4);
    assertThat(countAtLeast(alerts, 0.58)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.7)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.9)).isZero();
  }

  @Test
  void badPoolPort_failsNamingItem() {
    assertThatThrownBy(() -> new MiningProtocolDetector(Fixtures.params("poolPorts: [3333, 70000]")))
        .hasMessageContaining("poolPorts[1]")
        .hasMessageContaining("between 1 and 65535");
  }
}
