package io.wormbench.evaluation.report.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the time notations run files may use into microseconds since the epoch: ISO-8601
 * instants ({@code 2026-11-28T09:00:00.250Z}), Zeek epoch seconds ({@code 1795856400.250000}),
 * or integer microseconds. An empty text or "never" is {@link Long#MAX_VALUE}, like
 * {@code HostTimeline.NEVER}.
 */
final class Times {
  private Times() {}

  static long parse(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.equalsIgnoreCase("never") || t.equals("-")) {
      return Long.MAX_VALUE;
    }
    try {
      if (t.indexOf('T') > 0) {
        Instant i = Instant.parse(t);
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L),
            i.getNano() / 1000);
      }
      if (t.indexOf('.') >= 0) {
        return new BigDecimal(t).movePointRight(6).longValueExact();
      }
      return Long.parseLong(t);
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a time: '" + text + "'");
    }
  }
}
