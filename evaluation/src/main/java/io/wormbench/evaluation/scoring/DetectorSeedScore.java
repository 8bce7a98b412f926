package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.Stage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything scoring found for one detector (or {@code all-detectors}) on one seed: the metric
 * values by name ({@link Metrics}; NaN where undefined), the time-to-detect of every infected
 * host, the steps per stage and how many of them the detector caught, and false alarms by
 * attribution.
 */
public record DetectorSeedScore(String detector, Map<String, Double> metrics, List<HostTtd> ttd,
    Map<Stage, int[]> coverage, Map<String, Integer> falseAlarms, List<ScoredAlert> alerts)
    implements Serializable {

  /** A metric's value, NaN where undefined. */
  public double metric(String name) {
    Double v = metrics.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no metric " + name);
    }
    return v;
  }

  /** A metric's value, NaN where undefined. */
  public double metric(Metric metric) {
    return metric(metric.name());
  }
}
