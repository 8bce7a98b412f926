package io.wormbench.evaluation.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Threshold sweeps over alert scores (SCORING.md "Threshold sweeps"): every distinct score of
 * the scored alerts is a threshold, highest first; at each, host-level counts give a point of
 * the precision-recall curve and of the DARPA-style ROC (detection rate against false alarms
 * per day). The area under the PR curve is average precision, the step-wise sum
 * {@code sum_i (R_i - R_{i-1}) * P_i} used by scikit-learn, which never interpolates.
 *
 * <p>The curve is one pass over the alerts sorted by score, descending, adding each alert to
 * running host sets, so a sweep costs O(n log n) in alerts whatever the number of distinct
 * scores (recounting every alert at every threshold was quadratic: 158 s for 41,841 alerts).
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

  /** The curve at every distinct score of the scored alerts, thresholds descending. */
  public static List<ThresholdPoint> curve(List<ScoredAlert> alerts, Set<Integer> infected) {
    List<ScoredAlert> sorted = new ArrayList<>(alerts.size());
    for (ScoredAlert a : alerts) {
      if (a.scored()) {
        sorted.add(a);
      }
    }
    sorted.sort(Comparator.comparingDouble((ScoredAlert a) -> a.alert().score()).reversed());
    Set<Integer> flagged = new HashSet<>();
    Set<Integer> flaggedTrue = new HashSet<>();
    int detected = 0;
    int tp = 0;
    int fp = 0;
    List<ThresholdPoint> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      double t = sorted.get(i).alert().score();
      for (; i < sorted.size() && Double.compare(sorted.get(i).alert().score(), t) == 0; i++) {
        ScoredAlert a = sorted.get(i);
        int host = a.alert().host();
        flagged.add(host);
        if (a.isTrue()) {
          tp++;
          if (flaggedTrue.add(host) && infected.contains(host)) {
            detected++;
          }
        } else {
          fp++;
        }
      }
      out.add(new ThresholdPoint(t, new HostCounts(flagged.size(), flaggedTrue.size(),
          infected.size(), detected, tp, fp)));
    }
    return out;
  }

  /** The curve at the given thresholds (each must be one of {@link #thresholds}). */
  public static List<ThresholdPoint> curve(List<ScoredAlert> alerts, Set<Integer> infected,
      List<Double> thresholds) {
    List<ThresholdPoint> full = curve(alerts, infected);
    List<ThresholdPoint> out = new ArrayList<>(thresholds.size());
    for (double t : thresholds) {
      out.add(new ThresholdPoint(t, at(full, t, infected.size())));
    }
    return out;
  }

  /**
   * The counts at threshold {@code t} of a full curve (thresholds descending): those of its
   * lowest threshold still at or above {@code t}; nothing flagged above every threshold.
   */
  public static HostCounts at(List<ThresholdPoint> curve, double t, int infected) {
    int lo = 0;
    int hi = curve.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.get(mid).threshold() >= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? new HostCounts(0, 0, infected, 0, 0, 0) : curve.get(found).counts();
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
