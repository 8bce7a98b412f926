package io.wormbench.detectors.rdp;

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

class UnusualRdpChainDetectorTest {
  private static final long LEARN = T0 + Micros.DAY;
  private static final int ADMIN = in(10);
  private static final int JUMP = in(11);

  private static UnusualRdpChainDetector detector() {
    return new UnusualRdpChainDetector(UnusualRdpChainDetector.Settings.DEFAULTS);
  }

  /** Admin hops through the jump host to three servers, as in learning. */
  private static void adminRoutine(Fixtures f, long day) {
    f.rdp(day + Micros.HOUR, ADMIN, JUMP, "admin");
    for (int s = 0; s < 3; s++) {
      f.rdp(day + Micros.HOUR + (s + 1) * 5 * Micros.MINUTE, JUMP, in(20 + s), "admin");
    }
  }

  @Test
  void adminViaJumpHostSeenInLearning_staysQuiet() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    adminRoutine(f, LEARN);
    adminRoutine(f, LEARN + Micros.DAY);
    assertThat(f.run(LEARN, detector())).isEmpty();
  }

  @Test
  void newAdminsThroughPopularJumpHost_stayBelowThreshold() {
    Fixtures f = new Fixtures();
    for (int a = 0; a < 3; a++) { // three admins use the jump host during learning
      f.rdp(T0 + a * Micros.HOUR, in(40 + a), JUMP, "adm" + a);
      f.rdp(T0 + a * Micros.HOUR + Micros.MINUTE, JUMP, in(20), "adm" + a);
    }
    // After learning a new admin goes workstation -> jump host -> new server -> another.
    f.rdp(LEARN + Micros.HOUR, in(45), JUMP, "adm5");
    f.rdp(LEARN + Micros.HOUR + Micros.MINUTE, JUMP, in(25), "adm5");
    f.rdp(LEARN + Micros.HOUR + 2 * Micros.MINUTE, in(25), in(26), "adm5");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.22, 0.32, 0.4);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isZero();
    assertThat(alerts.get(2).evidence()).endsWith("; path through a jump host");
  }

  @Test
  void newChainFromWorkstation_raisesChainAlert() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    int p0 = in(50);
    f.rdp(LEARN + Micros.HOUR, p0, in(51), "backup");
    f.rdp(LEARN + Micros.HOUR + 10 * Micros.MINUTE, in(51), in(52), "backup");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.55, 1.0);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isEqualTo(2);
    assertThat(alerts.get(1).evidence()).isEqualTo("new RDP connection 10.0.0.51 -> 10.0.0.52 as"
        + " 'backup'; source never initiated RDP before; chained after new RDP 10.0.0.50 ->"
        + " 10.0.0.51 within 30 min");
  }

  @Test
  void refusedNegotiations_areNoHopsAndStayQuiet() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    int p0 = in(50);
    f.rdp(LEARN + Micros.HOUR, p0, in(51), "backup", "SSL_NOT_ALLOWED_BY_SERVER");
    f.rdp(LEARN + Micros.HOUR + 10 * Micros.MINUTE, in(51), in(52), "backup",
        "HYBRID_REQUIRED_BY_SERVER");
    assertThat(f.run(LEARN, detector())).isEmpty();
    // The same two hops, TLS-encrypted as Zeek logs them, are the chain.
    Fixtures g = new Fixtures();
    adminRoutine(g, T0);
    g.rdp(LEARN + Micros.HOUR, p0, in(51), "backup", "encrypted");
    g.rdp(LEARN + Micros.HOUR + 10 * Micros.MINUTE, in(51), in(52), "backup", "encrypted");
    assertThat(g.run(LEARN, detector())).extracting(Alert::score).containsExactly(0.55, 1.0);
  }

  @Test
  void hostSeenRelayingOneAdminChain_isAJumpHostAfterwards() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0); // one administrator, one chain through the jump host while learning
    // A second administrator's first chain through it, to a server nobody RDPed to before.
    f.rdp(LEARN + Micros.HOUR, in(45), JUMP, "adm5");
    f.rdp(LEARN + Micros.HOUR + Micros.MINUTE, JUMP, in(25), "adm5");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.22, 0.32);
    assertThat(alerts).allMatch(a -> a.evidence().endsWith("; path through a jump host"));
    // Without the learned relay the same two hops are a new chain.
    Fixtures g = new Fixtures();
    g.rdp(T0 + Micros.HOUR, ADMIN, JUMP, "admin");
    g.rdp(LEARN + Micros.HOUR, in(45), JUMP, "adm5");
    g.rdp(LEARN + Micros.HOUR + Micros.MINUTE, JUMP, in(25), "adm5");
    assertThat(g.run(LEARN, detector())).extracting(Alert::score).containsExactly(0.55, 1.0);
  }

  @Test
  void serverRelayingFurtherDownAnAdminChain_isNoJumpHost() {
    Fixtures f = new Fixtures();
    int server = in(20);
    f.rdp(T0 + Micros.HOUR, ADMIN, JUMP, "admin");
    f.rdp(T0 + Micros.HOUR + Micros.MINUTE, JUMP, server, "admin");
    f.rdp(T0 + Micros.HOUR + 2 * Micros.MINUTE, server, in(21), "admin");
    // After learning the worm enters that server straight from a workstation and hops on.
    f.rdp(LEARN + Micros.HOUR, in(50), server, "admin");
    f.rdp(LEARN + Micros.HOUR + 4 * Micros.MINUTE, server, in(23), "admin");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.55, 0.8);
    assertThat(alerts).noneMatch(a -> a.evidence().contains("jump host"));
  }

  @Test
  void hoppingBackIntoTheJumpHostFromDownAChain_isNotDiscounted() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    f.rdp(LEARN + Micros.HOUR, in(50), in(51), "admin");
    f.rdp(LEARN + Micros.HOUR + 4 * Micros.MINUTE, in(51), JUMP, "admin");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.55, 1.0);
  }

  @Test
  void serverSeveralAdminsLogOnTo_isNoJumpHost_soAWormHopFromItIsFlagged() {
    Fixtures f = new Fixtures();
    int server = in(70);
    for (int a = 0; a < 3; a++) { // three admins log on to the server, which never RDPs onwards
      f.rdp(T0 + a * Micros.HOUR, in(40 + a), server, "adm" + a);
    }
    // After learning the worm arrives from a workstation and hops on from the server.
    f.rdp(LEARN + Micros.HOUR, in(50), server, "adm0");
    f.rdp(LEARN + Micros.HOUR + 4 * Micros.MINUTE, server, in(71), "adm0");
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.55, 1.0);
    assertThat(alerts.get(1).evidence()).doesNotContain("jump host");
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    f.rdp(LEARN + Micros.HOUR, ADMIN, in(30), "admin"); // new pair, known source: 0.35
    f.rdp(LEARN + 3 * Micros.HOUR, in(60), in(61), "u"); // new pair, new source: 0.55
    // A server that RDPs onwards now and then, never as a relay: known source, no jump host.
    f.rdp(T0 + 3 * Micros.HOUR, in(62), in(63), "ops");
    f.rdp(T0 + 6 * Micros.HOUR, in(63), in(64), "ops");
    f.rdp(LEARN + 5 * Micros.HOUR, in(62), in(63), "ops"); // known
    f.rdp(LEARN + 5 * Micros.HOUR + Micros.MINUTE, in(63), in(65), "ops"); // new after known: 0.6
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.35, 0.55, 0.6);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.58)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.7)).isZero();
  }
}
