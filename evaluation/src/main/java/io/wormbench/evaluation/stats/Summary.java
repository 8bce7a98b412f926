package io.wormbench.evaluation.stats;

import java.util.List;

/**
 * A metric over seeds: the mean of the seeds where it is defined, the 95% confidence interval
 * of that mean from Student's t ({@code mean +- t(0.975, n-1) * s / sqrt(n)}, s the sample
 * standard deviation), {@code n} the defined seeds, and every per-seed value (NaN where
 * undefined). With no defined seed the mean is NaN; with one, the interval is NaN. The
 * interval is clipped to the metric's range (a share cannot leave [0, 1], a count cannot go
 * below 0), as a normal approximation over a handful of seeds otherwise reports impossible
 * values.
 */
public record Summary(double mean, double ci95Low, double ci95High, int n, List<Double> perSeed) {
  public Summary {
    perSeed = List.copyOf(perSeed);
  }

  /** Summarises per-seed values, ignoring NaNs, with an unbounded interval. */
  public static Summary of(List<Double> perSeed) {
    return of(perSeed, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** Summarises per-seed values, ignoring NaNs, clipping the interval to [min, max]. */
  public static Summary of(List<Double> perSeed, double min, double max) {
    int n = 0;
    double sum = 0;
    for (double v : perSeed) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new Summary(Double.NaN, Double.NaN, Double.NaN, 0, perSeed);
    }
    double mean = sum / n;
    if (n == 1) {
      return new Summary(mean, Double.NaN, Double.NaN, 1, perSeed);
    }
    double ss = 0;
    for (double v : perSeed) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double half = StudentT.quantile975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    return new Summary(mean, Math.max(min, mean - half), Math.min(max, mean + half), n, perSeed);
  }
}
