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
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    adminRoutine(f, T0);
    f.rdp(LEARN + Micros.HOUR, ADMIN, in(30), "admin"); // new pair, known source: 0.35
    f.rdp(LEARN + 3 * Micros.HOUR, in(60), in(61), "u"); // new pair, new source: 0.55
    f.rdp(LEARN + 5 * Micros.HOUR, ADMIN, JUMP, "admin"); // known
    f.rdp(LEARN + 5 * Micros.HOUR + Micros.MINUTE, JUMP, in(31), "admin"); // new after known: 0.6
    List<Alert> alerts = f.run(LEARN, detector());
    assertThat(alerts).extracting(Alert::score).containsExactly(0.35, 0.55, 0.6);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.58)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.7)).isZero();
  }
}
