package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.FalseAlarms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * False alarms by the kind of benign look-alike that caused them, one bar per detector: which
 * legitimate behaviour (admin RDP hops, software deployment, password typos...) each detector
 * confuses with the worm.
 */
final class FalseAlarmChart {
  private FalseAlarmChart() {}

  static Optional<ReportChart> build(RunData d) {
    if (d.falseAlarms().isEmpty()) {
      return Optional.empty();
    }
    // The pooled all-detectors row repeats the others' alarms; the table keeps it.
    List<FalseAlarms> rows = d.falseAlarms().stream()
        .filter(f -> !f.detector().equals(Detectors.POOLED)).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> kindSet = new LinkedHashSet<>();
    rows.forEach(f -> kindSet.add(kind(f)));
    List<String> kinds = new ArrayList<>(kindSet);
    CategoryChart c = new CategoryChartBuilder().width(1000).height(500)
        .title("False alarms by look-alike kind").xAxisTitle("benign look-alike")
        .yAxisTitle("false alarms (all seeds)").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("#,##0");
    if (kinds.stream().mapToInt(String::length).sum() > 70) {
      c.getStyler().setXAxisLabelRotation(25);
    }
    List<String> order = Detectors.order(d);
    List<java.awt.Color> colours = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String det = order.get(i);
      if (rows.stream().noneMatch(f -> f.detector().equals(det))) {
        continue;
      }
      List<Long> counts = new ArrayList<>();
      for (String k : kinds) {
        counts.add(rows.stream()
            .filter(f -> f.detector().equals(det) && kind(f).equals(k))
            .mapToLong(FalseAlarms::count).sum());
      }
      c.addSeries(det, kinds, counts);
      colours.add(Detectors.colour(d, det));
    }
    c.getStyler().setSeriesColors(colours.toArray(new java.awt.Color[0]));
    return Optional.of(new ReportChart("false-alarms", "False alarms by look-alike kind",
        "False-positive alerts attributed to the benign behaviour that caused them; "
            + "\"unattributed\" means no look-alike in the truth explains the alert.", c));
  }

  static String kind(FalseAlarms f) {
    return f.kind().isEmpty() ? "unattributed" : f.kind();
  }
}
