package io.wormbench.detectors.anomaly;

import static io.wormbench.detectors.Fixtures.T0;
import static io.wormbench.detectors.Fixtures.countAtLeast;
import static io.wormbench.detectors.Fixtures.ext;
import static io.wormbench.detectors.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Fixtures;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelfLearningAnomalyDetectorTest {
  private static final int DAYS = 3;
  private static final long LEARN = T0 + DAYS * Micros.DAY;

  private static int ws(int i) {
    return Ipv4.of(10, 0, 1, 10 + i);
  }

  /** Ten workstations' ordinary hours: a few server and web connections, some jitter. */
  private static void routine(Fixtures f, SplittableRandom rnd, long from, long to) {
    routine(f, rnd, from, to, 10);
  }

  private static void routine(Fixtures f, SplittableRandom rnd, long from, long to, int hosts) {
    for (long h = from; h < to; h += Micros.HOUR) {
      for (int w = 0; w < hosts; w++) {
        int conns = 3 + rnd.nextInt(6);
        for (int c = 0; c < conns; c++) {
          long t = h + rnd.nextLong(Micros.HOUR);
          boolean internal = rnd.nextInt(3) == 0;
          int dst = internal ? in(2 + rnd.nextInt(3)) : ext(rnd.nextInt(8));
          f.conn(t, ws(w), dst, internal ? 445 : 443, internal ? "smb" : "ssl", Micros.SECOND,
              500 + rnd.nextInt(20_000), 5_000, ConnState.SF);
        }
      }
    }
  }

  /** A worm hour on {@code host}: failed logons and writes to many internal peers. */
  private static void wormHour(Fixtures f, long h, int host, int targets) {
    for (int i = 0; i < targets; i++) {
      long t = h + 10 * Micros.MINUTE + i * 20 * Micros.SECOND;
      f.ntlm(t, host, in(100 + i), "user" + i, false);
      f.ntlm(t + Micros.SECOND, host, in(100 + i), "admin", false);
      if (i % 2 == 0) {
        f.smbWrite(t + 2 * Micros.SECOND, host, in(100 + i), "ADMIN$", "x7fq.exe", 1000);
      }
    }
  }

  private static SelfLearningAnomalyDetector detector() {
    return new SelfLearningAnomalyDetector(SelfLearningAnomalyDetector.Settings.DEFAULTS);
  }

  /** Night: three of ten workstations keep a little traffic; day: all ten work. */
  private static void nightThenDay(Fixtures f, SplittableRandom rnd) {
    routine(f, rnd, T0, T0 + 6 * Micros.HOUR, 3);
    for (long h = T0 + 8 * Micros.HOUR; h < T0 + 18 * Micros.HOUR; h += Micros.HOUR) {
      for (int rep = 0; rep < 6; rep++) {
        routine(f, rnd, h, h + Micros.HOUR, 10);
      }
    }
  }

  private static List<Alert> sortedRun(Fixtures f, long learn, long end,
      SelfLearningAnomalyDetector d) {
    List<io.wormbench.traffic.event.Event> events = new java.util.ArrayList<>(f.events());
    events.sort(java.util.Comparator.comparingLong(io.wormbench.traffic.event.Event::ts));
    f.events().clear();
    f.events().addAll(events);
    return f.runUntil(learn, end, d);
  }

  @Test
  void nightOnlyLearning_workingHoursAreDownWeightedNotAlerted() {
    long learn = T0 + 6 * Micros.HOUR;
    long end = T0 + 18 * Micros.HOUR;
    Fixtures weighted = new Fixtures();
    nightThenDay(weighted, new SplittableRandom(3));
    Fixtures unweighted = new Fixtures();
    nightThenDay(unweighted, new SplittableRandom(3));
    SelfLearningAnomalyDetector.Settings on = SelfLearningAnomalyDetector.Settings.DEFAULTS;
    SelfLearningAnomalyDetector.Settings off = new SelfLearningAnomalyDetector.Settings(
        on.window(), on.groupPrefix(), on.minSpread(), on.minWindows(), on.tailQuantile(),
        on.minScore(), on.nameDeviation(), on.timeOfDay(), on.timeOfDaySlack(),
        on.timeOfDayLift(), false);
    // Without the coverage weighting a night-only baseline flags the working day.
    assertThat(countAtLeast(sortedRun(unweighted, learn, end,
        new SelfLearningAnomalyDetector(off)), Detector.DEFAULT_THRESHOLD)).isPositive();
    SelfLearningAnomalyDetector d = detector();
    List<Alert> alerts = sortedRun(weighted, learn, end, d);
    assertThat(d.coverage()).isEqualTo(6 / 48.0);
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isZero();
    assertThat(alerts).allSatisfy(a -> assertThat(a.evidence())
        .contains("unseen while learning (6 of 48 covered), evidence weighted 0.125"));
  }

  @Test
  void learningCoverage_weekdayAndWeekendCellsOrDaysOfTheWeek() {
    LearningCoverage day = new LearningCoverage(Micros.HOUR, 24);
    for (long h = T0; h < T0 + Micros.DAY; h += Micros.HOUR) {
      for (int n = 0; n < 12; n++) {
        day.learn(h);
      }
    }
    day.freeze(12);
    assertThat(day.weekly()).isFalse();
    assertThat(day.coverage()).isEqualTo(0.5);
    assertThat(day.seen(T0 + 3 * Micros.DAY + 5 * Micros.HOUR)).isTrue(); // Thursday
    assertThat(day.weight(T0 + 5 * Micros.DAY + 5 * Micros.HOUR)).isEqualTo(0.5); // Saturday
    LearningCoverage week = new LearningCoverage(Micros.HOUR, 24);
    for (long h = T0; h < T0 + 7 * Micros.DAY; h += Micros.HOUR) {
      for (int n = 0; n < 12; n++) {
        week.learn(h);
      }
    }
    week.freeze(12);
    assertThat(week.weekly()).isTrue();
    assertThat(week.coverage()).isEqualTo(1.0);
    assertThat(LearningCoverage.dayOfWeek(T0)).isZero(); // 2026-01-05 is a Monday
  }

  @Test
  void ordinaryDaysAfterLearning_stayBelowThreshold() {
    Fixtures f = new Fixtures();
    routine(f, new SplittableRandom(7), T0, LEARN + Micros.DAY);
    List<Alert> alerts = f.runUntil(LEARN, LEARN + Micros.DAY, detector());
    assertThat(countAtLeast(alerts, Detector.DEFAULT_THRESHOLD)).isZero();
  }

  @Test
  void wormActivityAfterLearning_raisesAnomalyNamingFeatures() {
    Fixtures f = new Fixtures();
    routine(f, new SplittableRandom(7), T0, LEARN + Micros.DAY);
    wormHour(f, LEARN + 5 * Micros.HOUR, ws(3), 15);
    List<Alert> alerts = f.runUntil(LEARN, LEARN + Micros.DAY, detector());
    List<Alert> high = alerts.stream().filter(a -> a.score() >= Detector.DEFAULT_THRESHOLD)
        .toList();
    assertThat(high).hasSize(1);
    Alert a = high.get(0);
    assertThat(a.host()).isEqualTo(ws(3));
    assertThat(a.ts()).isEqualTo(LEARN + 6 * Micros.HOUR);
    assertThat(a.score()).isGreaterThan(0.8);
    assertThat(a.technique()).isEqualTo("T1110.001");
    assertThat(a.evidence()).startsWith("failed logons 30 (usually 0, z ")
        .contains("SMB file writes 8 (usually 0")
        .contains(" in 1 h; anomaly ");
  }

  @Test
  void sameActivityDuringLearning_isLearnedNotAlerted() {
    Fixtures f = new Fixtures();
    routine(f, new SplittableRandom(7), T0, LEARN);
    wormHour(f, T0 + 5 * Micros.HOUR, ws(3), 15);
    assertThat(f.runUntil(LEARN, LEARN, detector())).isEmpty();
  }

  @Test
  void scannerThatAlwaysSweepsPeers_isLearnedAsItsNormal() {
    Fixtures f = new Fixtures();
    routine(f, new SplittableRandom(9), T0, LEARN + Micros.DAY);
    int scanner = ws(9);
    for (long h = T0; h < LEARN + Micros.DAY; h += Micros.HOUR) {
      for (int i = 0; i < 40; i++) {
        f.conn(h + i * Micros.MINUTE, scanner, in(100 + i), 22 + i, "", 0, 0, 0, ConnState.REJ);
      }
    }
    List<Alert> alerts = f.runUntil(LEARN, LEARN + Micros.DAY, detector());
    assertThat(alerts.stream().filter(a -> a.host() == scanner
        && a.score() >= Detector.DEFAULT_THRESHOLD)).isEmpty();
    // The same sweep from a workstation that never scanned is flagged.
    Fixtures g = new Fixtures();
    routine(g, new SplittableRandom(9), T0, LEARN + Micros.DAY);
    for (int i = 0; i < 40; i++) {
      g.conn(LEARN + 3 * Micros.HOUR + i * Micros.MINUTE, ws(4), in(100 + i), 22 + i, "", 0, 0,
          0, ConnState.REJ);
    }
    List<Alert> flagged = g.runUntil(LEARN, LEARN + Micros.DAY, detector());
    assertThat(flagged.stream().filter(a -> a.host() == ws(4)
        && a.score() >= Detector.DEFAULT_THRESHOLD)).hasSize(1);
  }

  @Test
  void newDeviceBehavingLikeItsPeers_staysQuiet() {
    Fixtures f = new Fixtures();
    SplittableRandom rnd = new SplittableRandom(8);
    routine(f, rnd, T0, LEARN + Micros.DAY);
    for (long h = LEARN; h < LEARN + Micros.DAY; h += Micros.HOUR) {
      for (int c = 0; c < 5; c++) {
        f.conn(h + c * Micros.MINUTE, ws(40), ext(c), 443, "ssl", Micros.SECOND, 5_000, 5_000,
            ConnState.SF);
      }
    }
    List<Alert> alerts = f.runUntil(LEARN, LEARN + Micros.DAY, detector());
    assertThat(alerts.stream().filter(a -> a.host() == ws(40)
        && a.score() >= Detector.DEFAULT_THRESHOLD)).isEmpty();
  }

  /** A backup server's nightly job from {@code at} past midnight: 40 MB to each of 20 servers. */
  private static void nightlyBackup(Fixtures f, long day, long at) {
    for (int i = 0; i < 20; i++) {
      f.conn(day + at + i * Micros.MINUTE, BACKUP, in(30 + i), 445, "smb", 50 * Micros.SECOND,
          40_000_000, 20_000, ConnState.SF);
    }
  }

  private static final int BACKUP = in(21);

  private static List<Alert> backupAlerts(long jobAt, SelfLearningAnomalyDetector.Settings s) {
    Fixtures f = new Fixtures();
    // Enough workstations that the backup's three learning windows are rarer than the
    // calibration tail (1 in 1,000), as one backup server among a site's devices is.
    routine(f, new SplittableRandom(11), T0, LEARN + Micros.DAY, 60);
    for (long day = T0; day < LEARN; day += Micros.DAY) {
      nightlyBackup(f, day, 2 * Micros.HOUR + 10 * Micros.MINUTE);
    }
    nightlyBackup(f, LEARN, jobAt);
    return f.runUntil(LEARN, LEARN + Micros.DAY, new SelfLearningAnomalyDetector(s)).stream()
        .filter(a -> a.host() == BACKUP && a.score() >= Detector.DEFAULT_THRESHOLD).toList();
  }

  @Test
  void nightlyJobSeenWhileLearning_isExpectedAtItsHourNotAtNoon() {
    SelfLearningAnomalyDetector.Settings on = SelfLearningAnomalyDetector.Settings.DEFAULTS;
    // Same hour, and 50 minutes later (spilling into the next hour): the learned time of day.
    assertThat(backupAlerts(2 * Micros.HOUR + 10 * Micros.MINUTE, on)).isEmpty();
    assertThat(backupAlerts(3 * Micros.HOUR, on)).isEmpty();
    // At noon the same job is out of the device's pattern of life.
    List<Alert> noon = backupAlerts(12 * Micros.HOUR, on);
    assertThat(noon).hasSize(1);
    assertThat(noon.get(0).technique()).isEqualTo("T1041");
    assertThat(noon.get(0).evidence()).startsWith("bytes out 800000000 (usually ")
        .contains("; device active in only 3 learning windows, compared with its peer group");
    // Without the time-of-day memory the nightly job itself is flagged.
    SelfLearningAnomalyDetector.Settings off = new SelfLearningAnomalyDetector.Settings(
        on.window(), on.groupPrefix(), on.minSpread(), on.minWindows(), on.tailQuantile(),
        on.minScore(), on.nameDeviation(), false, on.timeOfDaySlack(), on.timeOfDayLift(),
        on.coverageWeighting());
    assertThat(backupAlerts(2 * Micros.HOUR + 10 * Micros.MINUTE, off)).hasSize(1);
  }

  @Test
  void thresholdSweep_countsAlertsPerThreshold() {
    Fixtures f = new Fixtures();
    routine(f, new SplittableRandom(7), T0, LEARN + Micros.DAY);
    wormHour(f, LEARN + 2 * Micros.HOUR, ws(1), 2);
    wormHour(f, LEARN + 4 * Micros.HOUR, ws(2), 6);
    wormHour(f, LEARN + 6 * Micros.HOUR, ws(3), 20);
    List<Alert> alerts = f.runUntil(LEARN, LEARN + Micros.DAY, detector());
    double small = maxScore(alerts, ws(1));
    double medium = maxScore(alerts, ws(2));
    double large = maxScore(alerts, ws(3));
    assertThat(small).isLessThan(medium);
    assertThat(medium).isLessThan(large);
    assertThat(List.of(small, medium, large)).containsExactly(0.45, 0.675, 0.829);
    assertThat(countAtLeast(alerts, 0.4)).isEqualTo(3);
    assertThat(countAtLeast(alerts, 0.5)).isEqualTo(2);
    assertThat(countAtLeast(alerts, 0.7)).isEqualTo(1);
    assertThat(countAtLeast(alerts, 0.85)).isZero();
  }

  private static double maxScore(List<Alert> alerts, int host) {
    return alerts.stream().filter(a -> a.host() == host).mapToDouble(Alert::score).max()
        .orElse(0);
  }
}
