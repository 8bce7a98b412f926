package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.chart.PrArea.Point;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Precision-recall curves from the alert-score threshold sweep, one per detector, each labelled
 * with its average precision ({@link PrArea}).
 */
final class PrCurveChart {
  private PrCurveChart() {}

  static Optional<ReportChart> build(RunData d) {
    if (d.prCurve().isEmpty()) {
      return Optional.empty();
    }
    XYChart c = new XYChartBuilder().width(900).height(520)
        .title("Precision-recall over score thresholds").xAxisTitle("host recall")
        .yAxisTitle("host precision").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.05)
        .setXAxisDecimalPattern("0.00").setYAxisDecimalPattern("0.00").setMarkerSize(7);
    List<String> order = Detectors.order(d);
    for (int i = 0; i < order.size(); i++) {
      String det = order.get(i);
      List<Point> pts = d.prCurve().stream().filter(r -> r.detector().equals(det))
          .map(r -> new Point(r.threshold(), r.precision(), r.recall())).toList();
      if (pts.isEmpty()) {
        continue;
      }
      List<Point> curve = PrArea.sortedByRecall(pts);
      double[] xs = curve.stream().mapToDouble(Point::recall).toArray();
      double[] ys = curve.stream().mapToDouble(Point::precision).toArray();
      // The scorer's figure wins when metrics.json has one, so legend and table agree.
      double ap = d.detectors().stream().filter(r -> r.detector().equals(det))
          .mapToDouble(r -> r.prArea().mean()).filter(v -> !Double.isNaN(v)).findFirst()
          .orElse(PrArea.averagePrecision(pts));
      XYSeries s = c.addSeries(String.format(Locale.ROOT, "%s (AP %.2f)", det, ap), xs, ys);
      s.setLineColor(Detectors.colour(d, det));
      s.setMarkerColor(Detectors.colour(d, det));
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    if (c.getSeriesMap().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReportChart("pr-curves", "Precision-recall curves",
        "Each point is one alert-score threshold; AP is the average precision (area under the "
            + "curve by step interpolation).", c));
  }
}
