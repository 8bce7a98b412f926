package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.HostTimeline;
import java.util.List;

/**
 * A NAB-style score with the Standard profile (Lavin and Ahmad, "Evaluating Real-time Anomaly
 * Detection Algorithms - the Numenta Anomaly Benchmark", ICMLA 2015): each infected host opens
 * a window [infectedAt, infectedAt + nabWindow]; the first scored alert on the host inside it
 * earns {@code A_TP * sigma(y)}, with y the relative position in the window (-1 at its start,
 * 0 at its end) and {@code sigma(y) = 2 / (1 + e^(5y)) - 1}; a window with no alert costs
 * {@code A_FN}; every false-positive alert costs {@code A_FP}. Later alerts in a window and
 * true alerts outside windows count 0. The raw score is normalised to 100 for a detector
 * that alerts at every window's start and 0 for one that never alerts. Unlike NAB we apply a
 * false positive's full weight instead of scaling it by its distance from the preceding window.
 */
public final class NabScore {
  /** Standard profile weights. */
  public static final double A_TP = 1.0;
  public static final double A_FP = -0.11;
  public static final double A_FN = -1.0;

  private NabScore() {}

  /** The scaled sigmoid of NAB. */
  public static double sigma(double y) {
    return 2 / (1 + Math.exp(5 * y)) - 1;
  }

  /** The normalised score; NaN when no host is infected. */
  public static double normalised(List<ScoredAlert> alerts, List<HostTimeline> infected,
      long nabWindow) {
    if (infected.isEmpty()) {
      return Double.NaN;
    }
    // One pass: the first scored alert inside each infected host's window.
    java.util.Map<Integer, HostTimeline> byHost = new java.util.HashMap<>();
    for (HostTimeline t : infected) {
      byHost.putIfAbsent(t.host(), t);
    }
    java.util.Map<Integer, Long> first = new java.util.HashMap<>();
    for (ScoredAlert a : alerts) {
      HostTimeline t = a.scored() ? byHost.get(a.alert().host()) : null;
      long ts = a.alert().ts();
      if (t != null && ts >= t.infectedAt() && ts <= t.infectedAt() + nabWindow) {
        first.merge(t.host(), ts, Math::min);
      }
    }
    double raw = 0;
    for (HostTimeline t : infected) {
      long end = t.infectedAt() + nabWindow;
      Long f = first.get(t.host());
      if (f == null) {
        raw += A_FN;
      } else {
        double y = -(double) (end - f) / nabWindow;
        raw += A_TP * sigma(y);
      }
    }
    for (ScoredAlert a : alerts) {
      if (a.verdict() == Verdict.FP) {
        raw += A_FP;
      }
    }
    double perfect = infected.size() * A_TP * sigma(-1);
    double none = infected.size() * A_FN;
    return 100 * (raw - none) / (perfect - none);
  }
}
