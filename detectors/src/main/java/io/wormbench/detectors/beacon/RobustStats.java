package io.wormbench.detectors.beacon;

import java.util.Arrays;

/**
 * The order statistics RITA's beacon analysis uses (activecm/rita, {@code pkg/beacon}):
 * quartiles, Bowley's quartile skewness and the median absolute deviation about the median
 * (MADM), all on a sorted copy so the input is left alone.
 */
final class RobustStats {
  final double q1;
  final double median;
  final double q3;
  final double madm;

  RobustStats(long[] values, int n) {
    long[] v = Arrays.copyOf(values, n);
    Arrays.sort(v);
    q1 = quantile(v, 0.25);
    median = quantile(v, 0.5);
    q3 = quantile(v, 0.75);
    double[] dev = new double[n];
    for (int i = 0; i < n; i++) {
      dev[i] = Math.abs(v[i] - median);
    }
    Arrays.sort(dev);
    madm = quantile(dev, 0.5);
  }

  /** Bowley skewness (Q1 + Q3 - 2 Q2) / (Q3 - Q1); 0 when the quartiles coincide. */
  double bowleySkew() {
    double iqr = q3 - q1;
    return iqr <= 0 || (median == q1 || median == q3) ? 0 : (q1 + q3 - 2 * median) / iqr;
  }

  private static double quantile(long[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double quantile(double[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
