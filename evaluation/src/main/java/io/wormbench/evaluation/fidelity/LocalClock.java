package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.time.Micros;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Local calendar fields of event timestamps in one time zone (the scenario's, or the one given
 * on the command line for a capture). Events arrive in time order, so the offset in force is
 * cached until the next zone transition and a lookup costs two comparisons.
 */
final class LocalClock {
  private final ZoneRules rules;
  private long validFrom = Long.MAX_VALUE;
  private long validUntil = Long.MIN_VALUE;
  private long offsetMicros;

  LocalClock(ZoneId zone) {
    this.rules = zone.getRules();
  }

  /** Days since 1970-01-01 in local time. */
  long epochDay(long ts) {
    return Math.floorDiv(local(ts), Micros.DAY);
  }

  /** Local hour of day, 0-23. */
  int hour(long ts) {
    return (int) (Math.floorMod(local(ts), Micros.DAY) / Micros.HOUR);
  }

  /** True on local Saturdays and Sundays. */
  boolean weekend(long ts) {
    DayOfWeek d = LocalDate.ofEpochDay(epochDay(ts)).getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /** True from 22:00 to 06:00 local time, the night of REFERENCES.md. */
  boolean night(long ts) {
    int h = hour(ts);
    return h >= 22 || h < 6;
  }

  private long local(long ts) {
    if (ts < validFrom || ts >= validUntil) {
      Instant at = Micros.toInstant(ts);
      offsetMicros = rules.getOffset(at).getTotalSeconds() * Micros.SECOND;
      ZoneOffsetTransition prev = rules.previousTransition(at.plusNanos(1));
      ZoneOffsetTransition next = rules.nextTransition(at);
      validFrom = prev == null ? Long.MIN_VALUE : Micros.of(prev.getInstant());
      validUntil = next == null ? Long.MAX_VALUE : Micros.of(next.getInstant());
    }
    return ts + offsetMicros;
  }
}
