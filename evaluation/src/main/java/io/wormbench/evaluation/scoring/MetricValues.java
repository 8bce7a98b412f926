package io.wormbench.evaluation.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One detector's metric values on one seed while they are computed: each registered
 * {@link Metric} set exactly once, so a metric added to the registry but not computed (or
 * computed twice) fails scoring instead of being silently absent from metrics.json.
 */
final class MetricValues {
  private final Map<Metric, Double> values = new LinkedHashMap<>();

  void put(Metric metric, double value) {
    if (values.putIfAbsent(metric, value) != null) {
      throw new IllegalStateException("metric " + metric + " computed twice");
    }
  }

  /** The values by name, in registry order; every registered metric must be set. */
  Map<String, Double> byName() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Metric m : Metric.ALL) {
      Double v = values.get(m);
      if (v == null) {
        throw new IllegalStateException("metric " + m + " not computed");
      }
      out.put(m.name(), v);
    }
    return out;
  }
}
