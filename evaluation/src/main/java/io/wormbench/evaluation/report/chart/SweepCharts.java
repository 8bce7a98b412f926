package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.SweepRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Evasion curves: for each swept parameter, recall and median time-to-detect of every detector
 * against the parameter's value, with 95% CI error bars where seeds give one. A detector whose
 * recall falls as the attacker slows down is evaded by that parameter.
 */
final class SweepCharts {
  private SweepCharts() {}

  static List<ReportChart> build(RunData d) {
    Set<String> params = new LinkedHashSet<>();
    d.sweep().forEach(r -> params.add(r.parameter()));
    List<ReportChart> out = new ArrayList<>();
    int n = 1;
    for (String p : params) {
      List<SweepRow> rows = byGridOrder(
          d.sweep().stream().filter(r -> r.parameter().equals(p)).toList());
      chart(d, rows, p, "sweep-recall-" + n, "Recall vs " + p, "host recall",
          SweepRow::recall, 1, "Host recall of each detector at each value of " + p
              + "; whiskers are the 95% CI over seeds.").ifPresent(out::add);
      double maxTtd = rows.stream().map(SweepRow::medianTtdSeconds).filter(Estimate::defined)
          .mapToDouble(e -> e.hasInterval() ? e.high() : e.mean()).max().orElse(60);
      TimeScale unit = TimeScale.forMax(maxTtd);
      chart(d, rows, p, "sweep-ttd-" + n, "Time to detect vs " + p,
          "median time to detect (" + unit.symbol() + ")",
          r -> scale(r.medianTtdSeconds(), unit), Double.NaN, "Median time-to-detect of the "
              + "detected hosts; a missing point means the detector caught no host there.")
          .ifPresent(out::add);
      n++;
    }
    return out;
  }

  /** The chart, or none when no detector has a defined value to plot. */
  private static java.util.Optional<ReportChart> chart(RunData d, List<SweepRow> rows, String param, String id,
      String title, String yTitle, Function<SweepRow, Estimate> metric, double yMax,
      String caption) {
    boolean grid = rows.stream().anyMatch(r -> !r.valueText().equals(
        String.valueOf(r.value())) && !isNumber(r.valueText()));
    XYChart c = new XYChartBuilder().width(900).height(480).title(title)
        .xAxisTitle(grid ? param + " (grid point, see the sweep table)" : param)
        .yAxisTitle(yTitle).build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setYAxisMin(0.0).setErrorBarsColorSeriesColor(true);
    if (!Double.isNaN(yMax)) {
      c.getStyler().setYAxisMax(yMax);
    }
    List<String> order = Detectors.order(d);
    for (int i = 0; i < order.size(); i++) {
      String det = order.get(i);
      List<double[]> pts = new ArrayList<>();
      for (SweepRow r : rows) {
        Estimate e = metric.apply(r);
        if (r.detector().equals(det) && e.defined()) {
          pts.add(new double[] {r.value(), e.mean(), e.widestHalf()});
        }
      }
      if (pts.isEmpty()) {
        continue;
      }
      pts.sort((a, b) -> Double.compare(a[0], b[0]));
      XYSeries s = c.addSeries(det, pts.stream().mapToDouble(p -> p[0]).toArray(),
          pts.stream().mapToDouble(p -> p[1]).toArray(),
          pts.stream().mapToDouble(p -> p[2]).toArray());
      s.setLineColor(Detectors.colour(d, det));
      s.setMarkerColor(Detectors.colour(d, det));
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    return c.getSeriesMap().isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new ReportChart(id, title, caption, c));
  }

  /**
   * Rows with a numeric x: the value itself, or, when some value is not one number (a grid over
   * several parameters), the 1-based grid point in file order.
   */
  static List<SweepRow> byGridOrder(List<SweepRow> rows) {
    if (rows.stream().noneMatch(r -> Double.isNaN(r.value()))) {
      return rows;
    }
    List<String> points = new ArrayList<>(new LinkedHashSet<>(
        rows.stream().map(SweepRow::valueText).toList()));
    return rows.stream().map(r -> new SweepRow(r.parameter(), r.valueText(),
        points.indexOf(r.valueText()) + 1, r.detector(), r.recall(), r.medianTtdSeconds()))
        .toList();
  }

  private static Estimate scale(Estimate e, TimeScale unit) {
    return new Estimate(unit.of(e.mean()), unit.of(e.low()), unit.of(e.high()));
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
