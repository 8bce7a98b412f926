package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.time.Micros;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Alert times as tools write them, turned into microseconds since the epoch. A number is
 * judged by its magnitude: an instant between 1990 and 2100 is 6.3e8 to 4.1e9 in seconds,
 * 6.3e11 to 4.1e12 in milliseconds and 6.3e14 to 4.1e15 in microseconds, ranges that do not
 * overlap, so the unit is never a guess; anything else (a 1970 timestamp, a count, a
 * nanosecond value) is refused rather than silently read as 1970. Text is ISO-8601 with an
 * offset or {@code Z} (Suricata's {@code 2026-03-02T09:14:05.123456+0000} included).
 */
public final class EpochTime {
  /** The unit a numeric time was found to be in. */
  public enum Unit {
    SECONDS(Micros.SECOND), MILLISECONDS(1000), MICROSECONDS(1);

    final long micros;

    Unit(long micros) {
      this.micros = micros;
    }
  }

  private static final double LOW = 631_152_000d; // 1990-01-01 in seconds
  private static final double HIGH = 4_102_444_800d; // 2100-01-01 in seconds

  private static final DateTimeFormatter SURICATA =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]xx");

  private EpochTime() {}

  /** The unit of a plausible epoch number, or empty when it fits none. */
  public static Optional<Unit> unitOf(double value) {
    for (Unit u : Unit.values()) {
      double seconds = value * u.micros / Micros.SECOND;
      if (seconds >= LOW && seconds < HIGH) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a numeric epoch time in seconds, milliseconds or microseconds (decimals allowed);
   * throws {@link IllegalArgumentException} with a one-line reason otherwise.
   */
  public static long parseNumber(String text) {
    BigDecimal d;
    try {
      if (text.length() > 40) {
        throw new NumberFormatException();
      }
      d = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a time: '" + abbreviate(text) + "'");
    }
    Unit unit = unitOf(d.doubleValue()).orElseThrow(() -> new IllegalArgumentException(
        "'" + abbreviate(text) + "' is no time between 1990 and 2100 in seconds, milliseconds"
            + " or microseconds since the epoch"));
    return d.multiply(BigDecimal.valueOf(unit.micros)).setScale(0, java.math.RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /** Parses ISO-8601 text with an offset ({@code Z}, {@code +00:00} or {@code +0000}). */
  public static long parseIso(String text) {
    String t = text.strip();
    try {
      return Micros.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeException e) {
      try {
        return Micros.of(OffsetDateTime.parse(t, SURICATA).toInstant());
      } catch (DateTimeException e2) {
        throw new IllegalArgumentException("not an ISO-8601 time with offset: '"
            + abbreviate(text) + "'");
      }
    }
  }

  /** A number or ISO text, whichever {@code text} is. */
  public static long parse(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.indexOf('-', 1) > 0 ? parseIso(t) : parseNumber(t);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
