package io.wormbench.evaluation.fidelity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Distribution maths of the scorecard, pure functions: the Jensen-Shannon divergence (Lin,
 * IEEE Trans. Inf. Theory 1991) in bits, so it lies in [0, 1], and empirical quantiles and
 * distribution functions over a sorted sample.
 */
final class Mix {
  private Mix() {}

  /** JSD of two count vectors of equal length; NaN when either is all zero. */
  static double jsd(long[] a, long[] b) {
    double sa = Arrays.stream(a).sum();
    double sb = Arrays.stream(b).sum();
    if (sa == 0 || sb == 0) {
      return Double.NaN;
    }
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += term(a[i] / sa, b[i] / sb);
    }
    return clamp(d);
  }

  /** JSD of two distributions over named keys (normalised here; absent keys have 0). */
  static double jsd(Map<String, Double> a, Map<String, Double> b) {
    double sa = a.values().stream().mapToDouble(Double::doubleValue).sum();
    double sb = b.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sa == 0 || sb == 0) {
      return Double.NaN;
    }
    Set<String> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double d = 0;
    // Sorted keys: floating-point sums must not depend on hash-set order.
    for (String k : new java.util.TreeSet<>(keys)) {
      d += term(a.getOrDefault(k, 0.0) / sa, b.getOrDefault(k, 0.0) / sb);
    }
    return clamp(d);
  }

  /** p's and q's contribution to JSD = (KL(p||m) + KL(q||m)) / 2 with m = (p+q)/2. */
  private static double term(double p, double q) {
    double m = (p + q) / 2;
    double t = 0;
    if (p > 0) {
      t += p * log2(p / m);
    }
    if (q > 0) {
      t += q * log2(q / m);
    }
    return t / 2;
  }

  private static double clamp(double d) {
    return Math.max(0, Math.min(1, d));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Nearest-rank quantile of a sorted sample: the smallest x with F(x) >= q; NaN if empty. */
  static double quantile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Empirical distribution function F(x): the share of the sorted sample at or below x. */
  static double cdf(long[] sorted, double x) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo / (double) sorted.length;
  }

  /** {@code part / whole}, NaN when the whole is 0. */
  static double share(double part, double whole) {
    return whole == 0 ? Double.NaN : part / whole;
  }
}
