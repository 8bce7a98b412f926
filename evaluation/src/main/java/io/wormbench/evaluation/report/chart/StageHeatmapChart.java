package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.Coverage;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Detector x ATT&CK stage coverage: each cell is the percentage of the stage's attack steps the
 * detector caught within the matching window, coloured on {@link HeatScale}. Stages with no step
 * are left blank (grey), which differs from a caught share of 0.
 */
final class StageHeatmapChart {
  private StageHeatmapChart() {}

  static Optional<ReportChart> build(RunData d) {
    if (d.coverage().isEmpty()) {
      return Optional.empty();
    }
    List<String> detectors = new ArrayList<>(Detectors.order(d));
    detectors.removeIf(det -> d.coverage().stream().noneMatch(c -> c.detector().equals(det)));
    // XChart draws the first y category at the bottom; reverse so the first detector is on top.
    java.util.Collections.reverse(detectors);
    Set<String> stageSet = new LinkedHashSet<>();
    d.coverage().forEach(c -> stageSet.add(c.stage()));
    List<String> stages = new ArrayList<>(stageSet);
    HeatMapChart c = new HeatMapChartBuilder().width(1000).height(160 + 50 * detectors.size())
        .title("ATT&CK stage coverage (% of steps caught)").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setPlotBackgroundColor(HeatScale.NO_DATA);
    // The darkest cell stops at 60% of the ramp so black values stay legible in every cell.
    c.getStyler().setRangeColors(new Color[] {HeatScale.color(0), HeatScale.color(0.3),
        HeatScale.color(0.6)});
    c.getStyler().setMin(0).setMax(100).setShowValue(true).setHeatMapValueDecimalPattern("0")
        .setValueFont(new Font(ChartStyle.FONT, Font.BOLD, 12)).setValueFontColor(Color.BLACK)
        .setDrawBorder(true);
    c.getStyler().setLegendVisible(true);
    List<String> labels = stages.stream()
        .map(s -> s.toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
    List<Number[]> cells = new ArrayList<>();
    for (Coverage cov : d.coverage()) {
      int x = stages.indexOf(cov.stage());
      int y = detectors.indexOf(cov.detector());
      if (!Double.isNaN(cov.share())) {
        cells.add(new Number[] {x, y, Math.round(cov.share() * 1000) / 10.0});
      }
    }
    if (cells.isEmpty()) {
      return Optional.empty(); // no stage had a step: nothing to colour
    }
    c.addSeries("coverage", labels, detectors, cells);
    return Optional.of(new ReportChart("stage-heatmap", "Detector x ATT&CK stage coverage",
        "Percentage of each stage's attack steps (all seeds) that the detector alerted on within "
            + "the matching window. Grey cells: the stage had no step in this run.", c));
  }
}
