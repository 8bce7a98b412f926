package io.wormbench.simulator.benign;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The daily and weekly rhythm of an office: a relative activity level in [0, 1] for each
 * simulated hour in local time (working hours 1, lunch dip, evening, night, weekend), looked
 * up from a table built once per run so the hot path does no calendar arithmetic.
 */
public final class Rhythm {
  /** Rhythm settings; hours are local clock hours (8.5 = 08:30). */
  public record Spec(double workStart, double workEnd, double lunchStart, double lunchEnd,
      double lunchLevel, double eveningLevel, double nightLevel, double weekendLevel) {
    public static final Set<String> FIELDS = Set.of("workStart", "workEnd", "lunchStart",
        "lunchEnd", "lunchLevel", "eveningLevel", "nightLevel", "weekendLevel");
    public static final Spec DEFAULTS = new Spec(8.5, 18, 12, 13, 0.55, 0.2, 0.04, 0.06);

    /** Binds a {@code rhythm} section over {@code d}. */
    public static Spec bind(SpecNode n, Spec d) {
      n.rejectUnknown(FIELDS);
      Spec s = new Spec(hour(n, "workStart", d.workStart), hour(n, "workEnd", d.workEnd),
          hour(n, "lunchStart", d.lunchStart), hour(n, "lunchEnd", d.lunchEnd),
          level(n, "lunchLevel", d.lunchLevel), level(n, "eveningLevel", d.eveningLevel),
          level(n, "nightLevel", d.nightLevel), level(n, "weekendLevel", d.weekendLevel));
      if (s.workEnd <= s.workStart) {
        throw n.error("workEnd must be after workStart");
      }
      if (s.lunchEnd < s.lunchStart) {
        throw n.error("lunchEnd must not be before lunchStart");
      }
      return s;
    }

    private static double hour(SpecNode n, String f, double d) {
      return n.doubleField(f, d, x -> x >= 0 && x <= 24, "must be an hour in [0, 24]");
    }

    private static double level(SpecNode n, String f, double d) {
      return n.doubleField(f, d, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    }
  }

  private static final long QUARTER = 15 * Micros.MINUTE;
  private final long start;
  private final double workHours;
  private final ZoneId zone;
  private final double[] quarter;
  private final boolean[] working;

  /** Builds the table for [start, end) in {@code zone}, one entry per quarter hour. */
  public Rhythm(Spec spec, ZoneId zone, long start, long end) {
    this.start = start;
    this.zone = zone;
    this.workHours = spec.workEnd - spec.workStart;
    int n = (int) ((end - start + 15 * Micros.MINUTE - 1) / (15 * Micros.MINUTE)) + 1;
    quarter = new double[n];
    working = new boolean[n];
    for (int i = 0; i < n; i++) {
      long t = start + i * 15 * Micros.MINUTE;
      ZonedDateTime z = Instant.ofEpochSecond(t / Micros.SECOND).atZone(zone);
      double h = z.getHour() + z.getMinute() / 60.0;
      boolean weekend = z.getDayOfWeek() == DayOfWeek.SATURDAY
          || z.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean work = h >= spec.workStart && h < spec.workEnd;
      double level;
      if (weekend) {
        level = work ? spec.weekendLevel : spec.nightLevel;
      } else if (work) {
        level = h >= spec.lunchStart && h < spec.lunchEnd ? spec.lunchLevel : 1.0;
      } else if (h >= spec.workEnd && h < 22) {
        level = spec.eveningLevel;
      } else {
        level = spec.nightLevel;
      }
      quarter[i] = level;
      working[i] = work && !weekend;
    }
  }

  /** Activity level at {@code ts}, 1 at the busiest. */
  public double level(long ts) {
    return quarter[index(ts)];
  }

  /**
   * The next arrival after {@code now} of a Poisson process whose rate is {@code peakPerHour}
   * times the activity level: an exponential amount of expected arrivals is consumed across
   * the piecewise-constant quarters (inversion of the cumulative intensity, Cinlar 1975), so
   * quiet hours cost nothing. {@link Long#MAX_VALUE} when no arrival falls before the end.
   */
  public long nextArrival(long now, double peakPerHour, java.util.SplittableRandom r) {
    double need = -Math.log(1 - r.nextDouble());
    double perMicro = peakPerHour / Micros.HOUR;
    long t = now;
    int i = index(t);
    while (i < quarter.length) {
      long quarterEnd = start + (i + 1) * QUARTER;
      double rate = quarter[i] * perMicro;
      double available = rate * (quarterEnd - t);
      if (available >= need) {
        return t + 1 + (long) (need / rate);
      }
      need -= available;
      t = quarterEnd;
      i++;
    }
    return Long.MAX_VALUE;
  }

  /** Length of the working day in hours. */
  public double workingHoursPerDay() {
    return workHours;
  }

  /** True during weekday working hours. */
  public boolean workingHours(long ts) {
    return working[index(ts)];
  }

  /** {@code ts} if in working hours, else the start of the next working quarter hour. */
  public long nextWorkingTime(long ts) {
    int i = index(ts);
    if (working[i]) {
      return ts;
    }
    while (i < working.length && !working[i]) {
      i++;
    }
    return i >= working.length ? Long.MAX_VALUE : start + i * 15 * Micros.MINUTE;
  }

  /**
   * The first time after {@code ts} at local clock hour {@code hour}, on {@code day} when it is
   * not null (null means any day). Used for nightly and weekly jobs, off the hot path.
   */
  public long nextLocal(long ts, double hour, DayOfWeek day) {
    ZonedDateTime z = Instant.ofEpochSecond(ts / Micros.SECOND).atZone(zone);
    ZonedDateTime c = z.toLocalDate().atStartOfDay(zone).plusSeconds((long) (hour * 3600));
    while (!c.isAfter(z) || (day != null && c.getDayOfWeek() != day)) {
      c = c.plusDays(1);
    }
    return c.toEpochSecond() * Micros.SECOND;
  }

  /** Local hour-of-day at which a quarter falls is not needed by callers; index clamps. */
  private int index(long ts) {
    long i = (ts - start) / QUARTER;
    return i < 0 ? 0 : i >= quarter.length ? quarter.length - 1 : (int) i;
  }
}
