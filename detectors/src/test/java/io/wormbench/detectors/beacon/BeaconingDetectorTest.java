package io.wormbench.detectors.beacon;

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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BeaconingDetectorTest {
  private static BeaconingDetector detector() {
    return new BeaconingDetector(BeaconingDetector.Settings.DEFAULTS);
  }

  /** Connections from {@code src} to {@code dst} every {@code every} with up to {@code jitter}. */
  private static void series(Fixtures f, SplittableRandom rnd, int src, int dst, long every,
      long jitter, long bytes, long bytesJitter) {
    series(f, rnd, src, dst, every, jitter, bytes, bytesJitter, 6 * Micros.HOUR);
  }

  private static void series(Fixtures f, SplittableRandom rnd, int src, int dst, long every,
      long jitter, long bytes, long bytesJitter, long span) {
    for (long t = T0 + rnd.nextLong(every); t < T0 + span - jitter; t += every) {
      long j = jitter == 0 ? 0 : rnd.nextLong(jitter);
      long b = bytesJitter == 0 ? bytes : bytes + rnd.nextLong(bytesJitter);
      f.conn(t + j, src, dst, 443, "ssl", Micros.SECOND, b, 2 * b, ConnState.SF);
    }
  }

  @Test
  void regularSmallBeaconToRareEndpoint_raisesBeaconingAlert() {
    Fixtures f = new Fixtures();
    series(f, new SplittableRandom(1), in(50), ext(200), 5 * Micros.MINUTE, 2 * Micros.SECOND,
        310, 0);
    List<Alert> alerts = f.runUntil(T0, T0 + 6 * Micros.HOUR, detector());
    assertThat(alerts).hasSize(1);
    Alert a = alerts.get(0);
    assertThat(a.host()).isEqualTo(in(50));
    assertThat(a.peer()).isEqualTo(ext(200));
    assertThat(a.score()).isGreaterThan(0.9);
    assertThat(a.ts()).isEqualTo(T0 + 6 * Micros.HOUR);
    assertThat(a.evidence()).startsWith("72 connections to 93.184.200.7 in 6 h, every 5 min");
  }

  @Test
  void iotTelemetryToPopularCloudEndpoint_staysBelowThreshold() {
    Fixtures f = new Fixtures();
    SplittableRandom rnd = new SplittableRandom(2);
    for (int d = 0; d < 20; d++) {
      series(f, rnd, in(150 + d), ext(9), Micros.MINUTE, 0, 420, 0);
    }
    List<Alert> alerts = f.runUntil(T0, T0 + 6 * Micros.HOUR, detector());
    assertThat(alerts).hasSize(20);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isZero();
  }

  /**
   * A C2 server that 12 infected hosts beacon to after learning; during learning the
   * organisation used only an unrelated, popular site.
   */
  private static List<Alert> sharedC2(BeaconingDetector.Settings settings) {
    Fixtures f = new Fixtures();
    SplittableRandom rnd = new SplittableRandom(6);
    for (int d = 0; d < 12; d++) {
      f.conn(T0 + d * Micros.MINUTE, in(100 + d), ext(5), 443, "ssl", 1, 1, 1, ConnState.SF);
    }
    long day = Micros.DAY;
    for (int v = 0; v < 12; v++) {
      for (long t = T0 + day + v * Micros.MINUTE; t < T0 + day + 6 * Micros.HOUR;
          t += 5 * Micros.MINUTE) {
        f.conn(t + rnd.nextLong(2 * Micros.SECOND), in(100 + v), ext(220), 443, "ssl",
            Micros.SECOND, 350, 1200, ConnState.SF);
      }
    }
    return f.runUntil(T0 + day, T0 + day + 6 * Micros.HOUR, new BeaconingDetector(settings));
  }

  @Test
  void c2ServerSharedByVictimsAfterLearning_staysRareAgainstTheLearnedBaseline() {
    List<Alert> learned = sharedC2(BeaconingDetector.Settings.DEFAULTS);
    assertThat(learned).hasSize(12).allSatisfy(a -> {
      assertThat(a.score()).isGreaterThan(0.9);
      assertThat(a.evidence()).endsWith("destination used by 0 internal devices while learning");
    });
    // Counted over the run, the victims make their own C2 server popular.
    BeaconingDetector.Settings d = BeaconingDetector.Settings.DEFAULTS;
    List<Alert> run = sharedC2(new BeaconingDetector.Settings(d.window(), d.minConnections(),
        d.fullCount(), d.popularDevices(), d.minScore(), false));
    assertThat(run).hasSize(12);
    assertThat(countAtLeast(run, Detector.DEFAULT_THRESHOLD)).isZero();
  }

  @Test
  void irregularBrowsing_staysQuiet() {
    Fixtures f = new Fixtures();
    SplittableRandom rnd = new SplittableRandom(3);
    long t = T0;
    for (int i = 0; i < 60; i++) {
      t += rnd.nextLong(20 * Micros.MINUTE) + Micros.SECOND;
      if (t >= T0 + 6 * Micros.HOUR) {
        break;
      }
      f.conn(t, in(60), ext(201), 443, "ssl", Micros.SECOND, 500 + rnd.nextLong(50_000), 90_000,
          ConnState.SF);
    }
    assertThat(countAtLeast(f.runUntil(T0, T0 + 6 * Micros.HOUR, detector()), Detector.DEFAULT_THRESHOLD)).isZero();
  }

  @Test
  void runEndingMidWindow_scoresPartialWindowAtFinish() {
    Fixtures f = new Fixtures();
    series(f, new SplittableRandom(1), in(50), ext(200), 5 * Micros.MINUTE, 0, 310, 0,
        3 * Micros.HOUR);
    List<Alert> alerts = f.runUntil(T0, T0 + 3 * Micros.HOUR, detector());
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).score()).isLessThan(0.95).isGreaterThan(0.5);
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    SplittableRandom rnd = new SplittableRandom(4);
    // A clean beacon to a rare host, a clean beacon to a host four devices use, and a
    // sloppy beacon (jittered interval and size) to a rare host.
    series(f, rnd, in(70), ext(210), 5 * Micros.MINUTE, 0, 300, 0);
    series(f, rnd, in(71), ext(211), 5 * Micros.MINUTE, 0, 300, 0);
    for (int d = 0; d < 3; d++) {
      f.conn(T0 + d, in(90 + d), ext(211), 443, "ssl", 1, 1, 1, ConnState.SF);
    }
    series(f, rnd, in(72), ext(212), 10 * Micros.MINUTE, 4 * Micros.MINUTE, 300, 3000);
    List<Alert> alerts = f.runUntil(T0, T0 + 6 * Micros.HOUR, detector());
    assertThat(alerts).extracting(Alert::host).containsExactlyInAnyOrder(in(70), in(71), in(72));
    double clean = scoreOf(alerts, in(70));
    double shared = scoreOf(alerts, in(71));
    double sloppy = scoreOf(alerts, in(72));
    assertThat(clean).isGreaterThan(shared);
    assertThat(shared).isGreaterThan(sloppy);
    assertThat(countAtLeast(alerts, 0.3)).isEqualTo(3);
    assertThat(countAtLeast(alerts, (shared + sloppy) / 2)).isEqualTo(2);
    assertThat(countAtLeast(alerts, (clean + shared) / 2)).isEqualTo(1);
    assertThat(countAtLeast(alerts, Math.nextUp(clean))).isZero();
    assertThat(List.of(clean, shared, sloppy)).containsExactly(0.995, 0.796, 0.38);
  }

  private static double scoreOf(List<Alert> alerts, int host) {
    return alerts.stream().filter(a -> a.host() == host).findFirst().orElseThrow().score();
  }
}
