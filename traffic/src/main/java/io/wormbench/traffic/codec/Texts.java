package io.wormbench.traffic.codec;

import java.util.Locale;

/**
 * Text helpers every codec shares so numbers and addresses print the same way in every file,
 * whatever the JVM's locale: a score is always {@code 0.750000}, never {@code 0,75}.
 */
public final class Texts {
  /** Decimal places of scores in alerts.csv: enough to distinguish any swept threshold. */
  public static final int SCORE_DECIMALS = 6;

  private Texts() {}

  /** A score with {@link #SCORE_DECIMALS} decimals, locale-independent. */
  public static String score(double score) {
    if (!Double.isFinite(score)) {
      return String.format(Locale.ROOT, "%." + SCORE_DECIMALS + "f", score);
    }
    // What %.6f gives (half-up on the double's shortest decimal digits), without a Formatter.
    return new java.math.BigDecimal(Double.toString(score))
        .setScale(SCORE_DECIMALS, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The file name of a path-like source, for error messages. */
  public static String fileName(java.nio.file.Path path) {
    java.nio.file.Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
