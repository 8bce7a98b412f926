package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The detector order shared by every chart and table, so a detector keeps its colour across
 * charts: the order of metrics.json, then any detector seen only in other files, in file order.
 */
final class Detectors {
  private Detectors() {}

  static List<String> order(RunData d) {
    Set<String> names = new LinkedHashSet<>();
    d.detectors().forEach(r -> names.add(r.detector()));
    d.ttd().forEach(r -> names.add(r.detector()));
    d.alerts().forEach(r -> names.add(r.detector()));
    d.coverage().forEach(r -> names.add(r.detector()));
    d.prCurve().forEach(r -> names.add(r.detector()));
    d.sweep().forEach(r -> names.add(r.detector()));
    d.falseAlarms().forEach(r -> names.add(r.detector()));
    return new ArrayList<>(names);
  }

  /** The pseudo-detector pooling every detector's alerts (SCHEMA.md). */
  static final String POOLED = "all-detectors";

  /** The detector's colour: black for the pooled series, else its palette slot. */
  static java.awt.Color colour(RunData d, String detector) {
    if (detector.equals(POOLED)) {
      return java.awt.Color.BLACK;
    }
    List<String> real = new ArrayList<>(order(d));
    real.remove(POOLED);
    return ChartStyle.color(real.indexOf(detector));
  }
}
