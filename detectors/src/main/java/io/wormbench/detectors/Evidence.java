package io.wormbench.detectors;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;

/**
 * Small formatters for alert evidence, so every detector writes durations and addresses the
 * same way. String concatenation only: alerts are rare, but String.format is slow and
 * locale-dependent.
 */
public final class Evidence {
  private Evidence() {}

  /** A duration as an analyst says it: "45 s", "10 min", "2 h", "3 d". */
  public static String duration(long micros) {
    if (micros >= Micros.DAY && micros % Micros.DAY == 0) {
      return micros / Micros.DAY + " d";
    }
    if (micros >= Micros.HOUR && micros % Micros.HOUR == 0) {
      return micros / Micros.HOUR + " h";
    }
    if (micros >= Micros.MINUTE) {
      return Math.round((double) micros / Micros.MINUTE) + " min";
    }
    return Math.round((double) micros / Micros.SECOND) + " s";
  }

  /** An address as a dotted quad. */
  public static String ip(int address) {
    return Ipv4.format(address);
  }

  /** A score-like number with two decimals, locale-independent. */
  public static String decimal(double value) {
    long hundredths = Math.round(value * 100);
    String sign = hundredths < 0 ? "-" : "";
    hundredths = Math.abs(hundredths);
    long frac = hundredths % 100;
    return sign + hundredths / 100 + "." + (frac < 10 ? "0" : "") + frac;
  }

  /** "1 host" or "6 hosts". */
  public static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Clamps a raw score into [0, 1] and rounds it to three decimals, so sums of weights such as
   * 0.7 + 0.1 give the same figure on every machine and in every CSV.
   */
  public static double score(double raw) {
    double clamped = raw < 0 ? 0 : raw > 1 ? 1 : raw;
    return Math.round(clamped * 1000) / 1000.0;
  }
}
