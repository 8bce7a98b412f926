package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.DetectorRow;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Host precision, host recall and alert precision per detector, bars at the mean over seeds
 * with 95% confidence-interval error bars. XChart draws symmetric bars only, so each bar shows
 * the wider side of the interval (conservative); the exact bounds are in the detector tables.
 */
final class PrecisionRecallChart {
  private PrecisionRecallChart() {}

  static Optional<ReportChart> build(RunData d) {
    if (d.detectors().isEmpty()) {
      return Optional.empty();
    }
    CategoryChart c = new CategoryChartBuilder().width(900).height(480)
        .title("Precision and recall per detector").xAxisTitle("detector")
        .yAxisTitle("score (mean over seeds, 95% CI)").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.1).setYAxisDecimalPattern("0.0");
    c.getStyler().setErrorBarsColor(Color.BLACK);
    c.getStyler().setSeriesColors(new Color[] {ChartStyle.color(4), ChartStyle.color(5),
        ChartStyle.color(2)});
    List<String> names = d.detectors().stream().map(DetectorRow::detector).toList();
    add(c, "host precision", d.detectors(), DetectorRow::hostPrecision);
    add(c, "host recall", d.detectors(), DetectorRow::hostRecall);
    add(c, "alert precision", d.detectors(), DetectorRow::alertPrecision);
    if (names.stream().mapToInt(String::length).sum() > 80) {
      c.getStyler().setXAxisLabelRotation(20);
    }
    return Optional.of(new ReportChart("precision-recall", "Precision and recall per detector",
        "Bars are means over all seeds; whiskers are the 95% confidence interval clipped to [0, 1] "
            + "(the wider side, drawn symmetrically). An undefined metric (precision with no alert) is drawn as 0 "
            + "and shown as a dash in the tables.", c));
  }

  private static void add(CategoryChart c, String name, List<DetectorRow> rows,
      Function<DetectorRow, Estimate> metric) {
    List<String> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> err = new ArrayList<>();
    for (DetectorRow r : rows) {
      Estimate raw = metric.apply(r);
      // A share's interval beyond [0, 1] (Student t on few seeds) says nothing more than [0, 1].
      Estimate e = new Estimate(raw.mean(), Math.max(0, raw.low()), Math.min(1, raw.high()));
      xs.add(r.detector());
      ys.add(e.defined() ? e.mean() : 0.0);
      err.add(e.defined() ? e.widestHalf() : 0.0);
    }
    c.addSeries(name, xs, ys, err);
  }
}
