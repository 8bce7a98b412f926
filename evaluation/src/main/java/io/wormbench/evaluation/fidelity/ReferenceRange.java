package io.wormbench.evaluation.fidelity;

/**
 * A statistic's real-traffic reference: the range a realistic network falls in (either bound
 * may be open), where it comes from (a source key of REFERENCES.md), the figure it rests on,
 * and the caveat a reader should know. Without bounds it is informational: shown beside the
 * value, never failed.
 *
 * @param low inclusive lower bound, {@code -Infinity} when open
 * @param high inclusive upper bound, {@code +Infinity} when open
 */
public record ReferenceRange(double low, double high, String source, String figure,
    String caveat) {
  public ReferenceRange {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("bad range " + low + ".." + high);
    }
  }

  /** True when the range has at least one bound, so a value can fail it. */
  public boolean gated() {
    return low != Double.NEGATIVE_INFINITY || high != Double.POSITIVE_INFINITY;
  }

  /** The verdict on a value. */
  public Verdict judge(double value) {
    if (!gated()) {
      return Verdict.INFO;
    }
    if (Double.isNaN(value)) {
      return Verdict.NOT_MEASURED;
    }
    return value >= low && value <= high ? Verdict.PASS : Verdict.FAIL;
  }

  /** The range as text: {@code 0.05-0.25}, {@code >= 25}, {@code <= 1024}, or empty. */
  public String text() {
    if (!gated()) {
      return "";
    }
    if (low == Double.NEGATIVE_INFINITY) {
      return "<= " + io.wormbench.evaluation.output.Num.format(high);
    }
    if (high == Double.POSITIVE_INFINITY) {
      return ">= " + io.wormbench.evaluation.output.Num.format(low);
    }
    return io.wormbench.evaluation.output.Num.format(low) + "-"
        + io.wormbench.evaluation.output.Num.format(high);
  }

  /** A statistic's verdict against its range. */
  public enum Verdict {
    PASS, FAIL, /** No range: shown for information. */ INFO,
    /** A range exists but the run has nothing to measure it on. */ NOT_MEASURED;

    /** Lower-case text for tables and files. */
    public String text() {
      return this == NOT_MEASURED ? "n/a" : name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
