package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.time.Micros;

/**
 * The knobs of scoring, bound from the scenario's {@code evaluation:} section.
 *
 * @param matchingWindow how long after an attack step an alert on its source or target still
 *     counts as catching it (default 30 min)
 * @param learningEnd alerts before it are kept but not scored (micros)
 * @param nabWindow the NAB anomaly window after each infection (default 1 h)
 */
public record ScoringSettings(long matchingWindow, long learningEnd, long nabWindow) {
  /** The default matching window. */
  public static final long DEFAULT_MATCHING_WINDOW = 30 * Micros.MINUTE;
  /** The default NAB window. */
  public static final long DEFAULT_NAB_WINDOW = Micros.HOUR;

  public ScoringSettings {
    if (matchingWindow < 0 || nabWindow <= 0) {
      throw new IllegalArgumentException("windows must be positive");
    }
  }

  /** Defaults with the given learning end. */
  public static ScoringSettings defaults(long learningEnd) {
    return new ScoringSettings(DEFAULT_MATCHING_WINDOW, learningEnd, DEFAULT_NAB_WINDOW);
  }
}
