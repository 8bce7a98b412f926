package io.wormbench.evaluation.stats;

/**
 * Two-sided 95% quantiles of Student's t distribution, {@code t(0.975, df)}: exact table values
 * (to three decimals, as in any statistics textbook) for df 1..30, and the Cornish-Fisher
 * expansion around the normal quantile beyond, accurate to 1e-3 there.
 */
public final class StudentT {
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
      2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
      2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
  private static final double Z975 = 1.959964;

  private StudentT() {}

  /** {@code t(0.975, df)} for {@code df >= 1}. */
  public static double quantile975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("df must be >= 1: " + df);
    }
    if (df <= T975.length) {
      return T975[df - 1];
    }
    double z = Z975;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
  }
}
