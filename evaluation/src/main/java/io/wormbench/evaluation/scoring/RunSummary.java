package io.wormbench.evaluation.scoring;

import io.wormbench.evaluation.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric of every detector summarised over the seeds of a run (mean, 95% CI, per-seed
 * values), detectors in the order of the first seed ({@code all-detectors} first), metrics in
 * {@link Metrics} order.
 */
public record RunSummary(List<Long> seeds, Map<String, Map<String, Summary>> detectors) {

  /** Summarises seed scores, given in seed order. */
  public static RunSummary of(List<SeedScore> seeds) {
    List<String> names = new ArrayList<>();
    for (SeedScore s : seeds) {
      for (String d : s.detectors().keySet()) {
        if (!names.contains(d)) {
          names.add(d);
        }
      }
    }
    Map<String, Map<String, Summary>> out = new LinkedHashMap<>();
    for (String d : names) {
      Map<String, Summary> metrics = new LinkedHashMap<>();
      for (String metric : allMetrics()) {
        List<Double> values = new ArrayList<>();
        for (SeedScore s : seeds) {
          DetectorSeedScore ds = s.detectors().get(d);
          values.add(ds == null ? Double.NaN : ds.metric(metric));
        }
        Metric m = Metric.byName(metric).orElseThrow();
        metrics.put(metric, Summary.of(values, m.min(), m.max()));
      }
      out.put(d, metrics);
    }
    return new RunSummary(seeds.stream().map(SeedScore::seed).toList(), out);
  }

  /** Primary then secondary metric names. */
  public static List<String> allMetrics() {
    return Metric.ALL.stream().map(Metric::name).toList();
  }

  /** One detector's summary of one metric. */
  public Summary get(String detector, String metric) {
    Map<String, Summary> m = detectors.get(detector);
    if (m == null || !m.containsKey(metric)) {
      throw new IllegalArgumentException("no " + metric + " for " + detector);
    }
    return m.get(metric);
  }

  /** One detector's summary of one metric. */
  public Summary get(String detector, Metric metric) {
    return get(detector, metric.name());
  }
}
