package io.wormbench.evaluation.report.chart;

/**
 * The unit a duration axis is drawn in, chosen so the largest value reads as a small number
 * (90 s stays seconds, 5,400 s becomes 1.5 h). Durations arrive in seconds from the run files.
 */
public enum TimeScale {
  SECONDS("s", 1),
  MINUTES("min", 60),
  HOURS("h", 3600),
  DAYS("d", 86400);

  private final String symbol;
  private final double seconds;

  TimeScale(String symbol, double seconds) {
    this.symbol = symbol;
    this.seconds = seconds;
  }

  /** The largest unit in which {@code maxSeconds} is still at least 2 units. */
  public static TimeScale forMax(double maxSeconds) {
    TimeScale best = SECONDS;
    for (TimeScale t : values()) {
      if (maxSeconds >= 2 * t.seconds) {
        best = t;
      }
    }
    return best;
  }

  /** Converts seconds into this unit. */
  public double of(double secs) {
    return secs / seconds;
  }

  /** Short unit symbol for axis titles. */
  public String symbol() {
    return symbol;
  }
}
