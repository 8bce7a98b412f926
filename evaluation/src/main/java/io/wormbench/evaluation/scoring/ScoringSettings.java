package io.wormbench.evaluation.scoring;

import io.wormbench.detectors.Detector;
import io.wormbench.traffic.time.Micros;

/**
 * The knobs of scoring, bound from the scenario's {@code evaluation:} section.
 *
 * @param matchingWindow how long after an attack step an alert on its source or target still
 *     counts as catching it (default 30 min)
 * @param learningEnd alerts before it are kept but not scored (micros)
 * @param nabWindow the NAB anomaly window after each infection (default 1 h)
 * @param alertThreshold the operating point: alerts scoring below it are kept and swept over
 *     in the precision-recall curves, but do not count in the headline metrics (default
 *     {@link Detector#DEFAULT_THRESHOLD}, the score at which the built-in detectors document
 *     their behaviour)
 */
public record ScoringSettings(long matchingWindow, long learningEnd, long nabWindow,
    double alertThreshold) implements java.io.Serializable {
  /** The default matching window. */
  public static final long DEFAULT_MATCHING_WINDOW = 30 * Micros.MINUTE;
  /** The default NAB window. */
  public static final long DEFAULT_NAB_WINDOW = Micros.HOUR;

  /** The default operating point. */
  public static final double DEFAULT_ALERT_THRESHOLD = Detector.DEFAULT_THRESHOLD;

  public ScoringSettings {
    if (matchingWindow < 0 || nabWindow <= 0) {
      throw new IllegalArgumentException("windows must be positive");
    }
    if (!(alertThreshold >= 0 && alertThreshold <= 1)) {
      throw new IllegalArgumentException("alert threshold must be in [0,1]: " + alertThreshold);
    }
  }

  /** Settings at the default operating point. */
  public ScoringSettings(long matchingWindow, long learningEnd, long nabWindow) {
    this(matchingWindow, learningEnd, nabWindow, DEFAULT_ALERT_THRESHOLD);
  }

  /** Defaults with the given learning end. */
  public static ScoringSettings defaults(long learningEnd) {
    return new ScoringSettings(DEFAULT_MATCHING_WINDOW, learningEnd, DEFAULT_NAB_WINDOW);
  }
}
