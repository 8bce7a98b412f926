package io.wormbench.traffic.truth;

/**
 * How a run was scored, recorded in its truth.json so that {@code wormbench score} scores a
 * third-party tool's alerts on that run the same way without being told: the end of the
 * benign-only learning period, the matching window, the NAB window and the default operating
 * point. Times are microseconds.
 */
public record EvaluationDefaults(long learningEnd, long matchingWindow, long nabWindow,
    double alertThreshold) {
  public EvaluationDefaults {
    if (matchingWindow < 0 || nabWindow <= 0 || !(alertThreshold >= 0 && alertThreshold <= 1)) {
      throw new IllegalArgumentException("bad evaluation defaults: window " + matchingWindow
          + ", NAB window " + nabWindow + ", threshold " + alertThreshold);
    }
  }
}
