package io.wormbench.traffic.spec;

import io.wormbench.traffic.time.Micros;

/**
 * Parses human durations used in scenario files: {@code 500ms}, {@code 90s}, {@code 10m},
 * {@code 2h}, {@code 7d}. Every duration is at most {@link #MAX} (3660 days, ten years), checked
 * before it is multiplied out, so {@code 99999999999999999999d} fails here instead of saturating
 * to {@code Long.MAX_VALUE} and overflowing a later sum.
 */
public final class Durations {
  /** The longest duration accepted: 3660 days. */
  public static final long MAX = 3660 * Micros.DAY;

  private Durations() {}

  /** Microseconds in {@code text}; throws {@link IllegalArgumentException} with the rule. */
  public static long parseMicros(String text) {
    String t = text.trim();
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    if (i == 0 || i == t.length()) {
      throw new IllegalArgumentException(
          "must be a duration such as 90s, 10m, 2h or 7d, not '" + text + "'");
    }
    double n;
    try {
      n = Double.parseDouble(t.substring(0, i));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "must be a duration such as 90s, 10m, 2h or 7d, not '" + text + "'");
    }
    String u = t.substring(i).trim();
    long unit = switch (u) {
      case "us" -> 1;
      case "ms" -> 1000;
      case "s" -> Micros.SECOND;
      case "m", "min" -> Micros.MINUTE;
      case "h" -> Micros.HOUR;
      case "d" -> Micros.DAY;
      default -> throw new IllegalArgumentException(
          "unknown unit '" + u + "' in '" + text + "' (use us, ms, s, m, h or d)");
    };
    if (!(n * unit <= MAX)) {
      throw new IllegalArgumentException("must be at most 3660d, not '" + text + "'");
    }
    return Math.round(n * unit);
  }

  /** Formats microseconds in the largest unit that divides them: 600000000 -> {@code 10m}. */
  public static String format(long micros) {
    long[] units = {Micros.DAY, Micros.HOUR, Micros.MINUTE, Micros.SECOND, 1000, 1};
    String[] names = {"d", "h", "m", "s", "ms", "us"};
    for (int i = 0; i < units.length; i++) {
      if (micros != 0 && micros % units[i] == 0) {
        return micros / units[i] + names[i];
      }
    }
    return "0s";
  }
}
