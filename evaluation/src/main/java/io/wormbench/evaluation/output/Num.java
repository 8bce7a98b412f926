package io.wormbench.evaluation.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting of every output file, independent of locale: at most six decimals,
 * trailing zeros dropped, no exponent, {@code -0} written as {@code 0}; undefined (NaN) as the
 * empty string, which JSON writers turn into {@code null}.
 */
public final class Num {
  private Num() {}

  /** The text of {@code v}, empty for NaN. */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("infinite metric value");
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }
}
