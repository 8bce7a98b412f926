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

  private static void session(Fixtures f, long ts, int host, int peer, long minutes,
      long outPkts, long outBytes, long inPkts, long inBytes) {
    f.events().add(new io.wormbench.traffic.event.Connection(ts, "S" + ts + host,
        new io.wormbench.traffic.event.ConnId(host, 50000, peer, 443),
        io.wormbench.traffic.event.Transport.TCP, "ssl", minutes * Micros.MINUTE, outBytes,
        inBytes, outPkts, inPkts, io.wormbench.traffic.event.ConnState.SF));
  }

  @Test
  void minerShapedTlsSessionToUnknownEndpoint_raisesMiningWithoutNames() {
    Fixtures f = new Fixtures();
    session(f, T0, Fixtures.in(5), Fixtures.ext(40), 60, 130, 9_000, 125, 19_000); // learned
    session(f, T0 + 2 * Micros.DAY, Fixtures.in(7), Fixtures.ext(77), 60, 133, 11_900, 133,
        21_200);
    List<Alert> alerts = f.run(T0 + Micros.DAY, detector());
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.host()).isEqualTo(Fixtures.in(7));
      assertThat(a.score()).isEqualTo(0.6);
      assertThat(a.technique()).isEqualTo("T1496");
      assertThat(a.evidence()).contains("with a miner's shape")
          .contains("no internal device used while learning");
    });
  }

  @Test
  void longSessionsOfOtherShapesOrToLearnedEndpoints_stayQuiet() {
    Fixtures f = new Fixtures();
    session(f, T0, Fixtures.in(5), Fixtures.ext(40), 60, 130, 9_000, 125, 19_000);
    long after = T0 + 2 * Micros.DAY;
    // The same shape to an endpoint devices used while learning (a push channel, a cloud).
    session(f, after, Fixtures.in(8), Fixtures.ext(40), 60, 133, 11_900, 133, 21_200);
    // A bulk download: large packets in.
    session(f, after, Fixtures.in(9), Fixtures.ext(78), 60, 4_000, 200_000, 60_000,
        80_000_000);
    // An idle keep-alive channel: a packet every few minutes.
    session(f, after, Fixtures.in(10), Fixtures.ext(79), 60, 20, 1_200, 20, 1_400);
    assertThat(f.run(T0 + Micros.DAY, detector())).isEmpty();
  }
}
