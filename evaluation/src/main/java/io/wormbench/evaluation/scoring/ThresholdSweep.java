package io.wormbench.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Threshold sweeps over alert scores (SCORING.md "Threshold sweeps"): every distinct score of
 * the scored alerts is a threshold, highest first; at each, host-level counts give a point of
 * the precision-recall curve and of the DARPA-style ROC (detection rate against false alarms
 * per day). The area under the PR curve is average precision, the step-wise sum
 * {@code sum_i (R_i - R_{i-1}) * P_i} used by scikit-learn, which never interpolates.
 */
public final class ThresholdSweep {
  private ThresholdSweep() {}

  /** The distinct scores of the scored alerts, descending. */
  public static List<Double> thresholds(List<ScoredAlert> alerts) {
    TreeSet<Double> scores = new TreeSet<>();
    for (ScoredAlert a : alerts) {
      if (a.scored()) {
        scores.add(a.alert().score());
      }
    }
    return new ArrayList<>(scores.descendingSet());
  }

  /** The curve at every threshold of {@code thresholds}. */
  public static List<ThresholdPoint> curve(List<ScoredAlert> alerts, Set<Integer> infected,
      List<Double> thresholds) {
    List<ThresholdPoint> out = new ArrayList<>();
    for (double t : thresholds) {
      out.add(new ThresholdPoint(t, HostCounts.of(alerts, infected, t)));
    }
    return out;
  }

  /**
   * Average precision of a curve with thresholds descending; 0 when nothing is detected, NaN
   * when no host is infected.
   */
  public static double averagePrecision(List<ThresholdPoint> curve, int infected) {
    if (infected == 0) {
      return Double.NaN;
    }
    double area = 0;
    double previousRecall = 0;
    for (ThresholdPoint p : curve) {
      double r = p.counts().recall();
      if (r > previousRecall) {
        area += (r - previousRecall) * p.counts().precision();
        previousRecall = r;
      }
    }
    return area;
  }
}
