package io.wormbench.simulator.benign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.traffic.time.Micros;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RhythmTest {
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");
  // Monday 2026-03-02 00:00 in Singapore.
  private static final long MONDAY = Micros.of(LocalDate.of(2026, 3, 2).atStartOfDay(SG)
      .toInstant());

  @Test
  void levels_followWorkdayLunchNightAndWeekend() {
    Rhythm r = new Rhythm(Rhythm.Spec.DEFAULTS, SG, MONDAY, MONDAY + 7 * Micros.DAY);
    assertThat(r.level(MONDAY + 10 * Micros.HOUR)).isEqualTo(1.0);
    assertThat(r.level(MONDAY + 12 * Micros.HOUR + 30 * Micros.MINUTE)).isEqualTo(0.55);
    assertThat(r.level(MONDAY + 3 * Micros.HOUR)).isEqualTo(0.04);
    assertThat(r.level(MONDAY + 5 * Micros.DAY + 11 * Micros.HOUR)).isEqualTo(0.06);
    assertThat(r.workingHours(MONDAY + 9 * Micros.HOUR)).isTrue();
    assertThat(r.workingHours(MONDAY + 5 * Micros.DAY + 9 * Micros.HOUR)).isFalse();
    assertThat(r.nextWorkingTime(MONDAY + 20 * Micros.HOUR))
        .isEqualTo(MONDAY + Micros.DAY + 8 * Micros.HOUR + 30 * Micros.MINUTE);
  }

  @Test
  void nextArrival_countsMatchTheIntegratedRate() {
    Rhythm r = new Rhythm(Rhythm.Spec.DEFAULTS, SG, MONDAY, MONDAY + 7 * Micros.DAY);
    // Expected arrivals in a week at 10 per peak hour: 10 x sum of quarter levels / 4.
    double expected = 0;
    for (long t = MONDAY; t < MONDAY + 7 * Micros.DAY; t += 15 * Micros.MINUTE) {
      expected += 10 * r.level(t) / 4;
    }
    SplittableRandom rnd = new SplittableRandom(4);
    long n = 0;
    long nights = 0;
    for (long t = r.nextArrival(MONDAY, 10, rnd); t < MONDAY + 7 * Micros.DAY;
        t = r.nextArrival(t, 10, rnd)) {
      n++;
      if (r.level(t) < 0.05) {
        nights++;
      }
    }
    assertThat((double) n).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    assertThat(nights).isLessThan(n / 10);
  }

  @Test
  void nextLocal_findsTheNextLocalHourAndDay() {
    Rhythm r = new Rhythm(Rhythm.Spec.DEFAULTS, SG, MONDAY, MONDAY + 7 * Micros.DAY);
    assertThat(r.nextLocal(MONDAY, 1, null)).isEqualTo(MONDAY + Micros.HOUR);
    assertThat(r.nextLocal(MONDAY + 2 * Micros.HOUR, 1, null))
        .isEqualTo(MONDAY + Micros.DAY + Micros.HOUR);
    assertThat(r.nextLocal(MONDAY, 2, java.time.DayOfWeek.SATURDAY))
        .isEqualTo(MONDAY + 5 * Micros.DAY + 2 * Micros.HOUR);
  }
}
