package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.report.chart.ChartStyle;
import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * The scorecard's charts, drawn from the saved fidelity.csv and never from live objects
 * (STYLE.md): {@code fidelity.png}, each judged statistic's {@link RangeMargin} (worst run),
 * bars above 0 inside the range and below it outside; and, when the run had truth,
 * {@code fidelity-auc.png}, each conn.log field's single-field AUC (worst run) against the
 * ceiling.
 */
final class FidelityChart {
  /** A drawn chart: file name and PNG bytes. */
  record Drawn(String file, byte[] png) {}

  private FidelityChart() {}

  /** The charts of a fidelity.csv text. */
  static List<Drawn> draw(String csv) {
    List<Drawn> out = new ArrayList<>();
    Map<String, Double> margins = margins(csv);
    if (!margins.isEmpty()) {
      out.add(new Drawn("fidelity.png", png(marginChart(margins))));
    }
    Map<String, double[]> aucs = aucs(csv);
    if (!aucs.isEmpty()) {
      out.add(new Drawn("fidelity-auc.png", png(aucChart(aucs))));
    }
    return out;
  }

  /** Statistic id to its worst margin over runs, for judged statistics with a value. */
  static Map<String, Double> margins(String csv) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (CSVRecord r : records(csv)) {
      String id = r.get("statistic");
      if (id.startsWith(FidelityReport.AUC_PREFIX) || id.equals(FidelityReport.TREE_ID)
          || r.get("value").isEmpty() || r.get("low").isEmpty() && r.get("high").isEmpty()) {
        continue;
      }
      double m = RangeMargin.of(Double.parseDouble(r.get("value")), bound(r.get("low"), true),
          bound(r.get("high"), false));
      out.merge(id, m, Math::min);
    }
    return out;
  }

  /** Field to {worst AUC, ceiling (NaN when exempt)} over runs. */
  static Map<String, double[]> aucs(String csv) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (CSVRecord r : records(csv)) {
      String id = r.get("statistic");
      if (!id.startsWith(FidelityReport.AUC_PREFIX) || r.get("value").isEmpty()) {
        continue;
      }
      double v = Double.parseDouble(r.get("value"));
      double ceiling = r.get("high").isEmpty() ? Double.NaN : Double.parseDouble(r.get("high"));
      out.merge(id.substring(FidelityReport.AUC_PREFIX.length()), new double[] {v, ceiling},
          (a, b) -> new double[] {Math.max(a[0], b[0]), a[1]});
    }
    return out;
  }

  private static CategoryChart marginChart(Map<String, Double> margins) {
    CategoryChart c = new CategoryChartBuilder().width(1400).height(620)
        .title("Fidelity: each statistic against its real-traffic range")
        .xAxisTitle("statistic").yAxisTitle("margin to nearest bound (range widths)").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setOverlapped(true).setXAxisLabelRotation(90).setYAxisMin(-1.0)
        .setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
    List<String> ids = new ArrayList<>(margins.keySet());
    List<Double> pass = new ArrayList<>();
    List<Double> fail = new ArrayList<>();
    for (String id : ids) {
      double m = margins.get(id);
      pass.add(m >= 0 ? m : 0.0);
      fail.add(m < 0 ? m : 0.0);
    }
    c.addSeries("inside the range", ids, pass);
    c.addSeries("outside the range", ids, fail);
    c.getStyler().setSeriesColors(new Color[] {ChartStyle.color(2), ChartStyle.color(5)});
    return c;
  }

  private static CategoryChart aucChart(Map<String, double[]> aucs) {
    CategoryChart c = new CategoryChartBuilder().width(1000).height(500)
        .title("Artefact check: single-field ROC AUC, attack against benign")
        .xAxisTitle("conn.log field").yAxisTitle("AUC, max(A, 1 - A)").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setXAxisLabelRotation(90).setYAxisMin(0.5).setYAxisMax(1.0)
        .setYAxisDecimalPattern("0.00");
    List<String> fields = new ArrayList<>(aucs.keySet());
    List<Double> values = new ArrayList<>();
    List<Double> ceiling = new ArrayList<>();
    for (String f : fields) {
      values.add(aucs.get(f)[0]);
      ceiling.add(Double.isNaN(aucs.get(f)[1]) ? null : aucs.get(f)[1]);
    }
    c.addSeries("AUC (worst run)", fields, values);
    CategorySeries line = c.addSeries("ceiling", fields, ceiling);
    line.setChartCategorySeriesRenderStyle(
        org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
    c.getStyler().setSeriesColors(new Color[] {ChartStyle.color(4), ChartStyle.color(5)});
    return c;
  }

  private static double bound(String text, boolean low) {
    if (text.isEmpty()) {
      return low ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(text);
  }

  private static List<CSVRecord> records(String csv) {
    try {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] png(CategoryChart c) {
    try {
      return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a fidelity chart", e);
    }
  }
}
