package io.wormbench.evaluation.report.html;

import io.wormbench.evaluation.report.Estimate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and time formatting for reports, independent of the machine's locale and time zone
 * ({@link Locale#ROOT}, UTC): the same run renders the same text everywhere, which golden files
 * and diffing two reports rely on. Undefined values print as an en dash, never as 0 or NaN.
 */
public final class Fmt {
  /** What an undefined value prints as. */
  public static final String NONE = "\u2013";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Fmt() {}

  /** A share or score with two decimals ({@code 0.83}). */
  public static String share(double v) {
    return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A rate with two decimals and thousands separators ({@code 1,204.50}). */
  public static String rate(double v) {
    return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%,.2f", v);
  }

  /** A count with thousands separators ({@code 12,345}). */
  public static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** The 95% CI of an estimate as {@code [0.71, 0.92]}, or a dash without one. */
  public static String interval(Estimate e, java.util.function.DoubleFunction<String> f) {
    return e.hasInterval() ? "[" + f.apply(e.low()) + ", " + f.apply(e.high()) + "]" : NONE;
  }

  /** A duration in seconds as the two largest units ({@code 4 min 12 s}, {@code 2 d 3 h}). */
  public static String duration(double seconds) {
    if (Double.isNaN(seconds)) {
      return NONE;
    }
    long s = Math.round(seconds);
    if (s < 0) {
      return "-" + duration(-seconds);
    }
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    if (s < 86400) {
      return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
    return s / 86400 + " d " + s % 86400 / 3600 + " h";
  }

  /** An instant in microseconds since the epoch, in UTC; "never" for Long.MAX_VALUE. */
  public static String time(long micros) {
    if (micros == Long.MAX_VALUE) {
      return "never";
    }
    return TIME.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1000));
  }
}
