package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.Ttd;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The time-to-detect CDF of each detector over all infected hosts of all seeds (see
 * {@link TtdCdf}: missed hosts keep the curve below 1).
 */
final class TtdCdfChart {
  private TtdCdfChart() {}

  static Optional<ReportChart> build(RunData d) {
    if (d.ttd().isEmpty()) {
      return Optional.empty();
    }
    double max = d.ttd().stream().filter(Ttd::detected).mapToDouble(Ttd::seconds).max()
        .orElse(60);
    TimeScale unit = TimeScale.forMax(max);
    NiceAxis x = NiceAxis.of(0, unit.of(max), 6);
    XYChart c = new XYChartBuilder().width(900).height(480)
        .title("Time to detect (CDF over infected hosts)")
        .xAxisTitle("time to detect (" + unit.symbol() + ")")
        .yAxisTitle("share of infected hosts detected").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setXAxisMin(x.low()).setXAxisMax(x.high()).setYAxisMin(0.0).setYAxisMax(1.0)
        .setYAxisDecimalPattern("0.00");
    List<String> order = Detectors.order(d);
    for (int i = 0; i < order.size(); i++) {
      String det = order.get(i);
      List<Ttd> rows = d.ttd().stream().filter(t -> t.detector().equals(det)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      double[] secs = rows.stream().filter(Ttd::detected).mapToDouble(Ttd::seconds).toArray();
      double[][] s = TtdCdf.steps(secs, rows.size());
      // Extend the last step to the axis end so a plateau (the misses) is visible.
      double[] xs = java.util.Arrays.copyOf(s[0], s[0].length + 1);
      double[] ys = java.util.Arrays.copyOf(s[1], s[1].length + 1);
      for (int k = 0; k < xs.length - 1; k++) {
        xs[k] = unit.of(xs[k]);
      }
      xs[xs.length - 1] = x.high();
      ys[ys.length - 1] = ys[ys.length - 2];
      XYSeries series = c.addSeries(det + " (" + secs.length + "/" + rows.size() + " detected)",
          xs, ys);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(Detectors.colour(d, det));
      series.setLineWidth(2.5f);
      if (det.equals("all-detectors")) {
        // The pooled pseudo-detector overlaps the others; dashed black keeps it visible.
        series.setLineStyle(new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      }
    }
    return Optional.of(new ReportChart("ttd-cdf", "Time to detect",
        "Share of infected hosts (all seeds) each detector had alerted on within a given time "
            + "after infection. Undetected hosts stay in the denominator, so a curve that levels "
            + "off below 1 shows the misses.", c));
  }
}
