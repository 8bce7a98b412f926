package io.wormbench.evaluation.fidelity;

/**
 * Where a value lies against its reference range, as one comparable number for the scorecard
 * chart: the signed distance to the nearest bound, relative to the range's width (or, for an
 * open range, to the bound's size), clipped to [-1, 1]. Positive inside the range, 0 on a
 * bound, negative outside; -1 means "off by at least the range itself". Pure, so it is tested
 * on its own (STYLE.md: chart maths in pure functions).
 */
final class RangeMargin {
  private RangeMargin() {}

  /** The margin of {@code v} in [{@code low}, {@code high}]; NaN for NaN or an open range. */
  static double of(double v, double low, double high) {
    boolean lo = low != Double.NEGATIVE_INFINITY;
    boolean hi = high != Double.POSITIVE_INFINITY;
    if (Double.isNaN(v) || !lo && !hi) {
      return Double.NaN;
    }
    double scale = lo && hi ? high - low : Math.abs(lo ? low : high);
    if (scale == 0) {
      scale = Math.max(Math.abs(lo ? low : high), 1);
    }
    double m = Double.POSITIVE_INFINITY;
    if (lo) {
      m = Math.min(m, (v - low) / scale);
    }
    if (hi) {
      m = Math.min(m, (high - v) / scale);
    }
    return Math.max(-1, Math.min(1, m));
  }
}
