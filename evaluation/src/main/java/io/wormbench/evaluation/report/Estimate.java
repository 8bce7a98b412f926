package io.wormbench.evaluation.report;

/**
 * A metric as the run files report it: the mean over seeds and its 95% confidence interval.
 * With one seed, or when the metric is undefined (precision with no alerts), the bounds or the
 * mean are NaN and the report prints a dash rather than inventing a value.
 */
public record Estimate(double mean, double low, double high) {
  /** An undefined metric. */
  public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);

  /** A single value without an interval. */
  public static Estimate of(double value) {
    return new Estimate(value, Double.NaN, Double.NaN);
  }

  /** True when the mean is a number. */
  public boolean defined() {
    return !Double.isNaN(mean);
  }

  /** True when both interval bounds are numbers. */
  public boolean hasInterval() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }

  /** Half the interval's widest side, for charts that only draw symmetric error bars. */
  public double widestHalf() {
    return hasInterval() ? Math.max(high - mean, mean - low) : 0;
  }
}
