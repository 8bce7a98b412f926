package io.wormbench.evaluation.report.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.internal.series.AxesChartSeriesNumericalNoErrorBars;

/**
 * The points every chart plots, as one CSV (chart, series, x, y, error), so a reader can re-plot
 * a figure in their own tool or diff two reports without comparing pixels. Read back from the
 * built XChart objects, so it is exactly what was drawn. Numbers are written locale-free with
 * at most 9 significant digits; category axes write the category text as x; heatmap cells write
 * the column label as x, the row label as series and the value as y.
 */
public final class ChartData {
  /** Column names, in order. */
  public static final List<String> COLUMNS = List.of("chart", "series", "x", "y", "error");

  private ChartData() {}

  /** The CSV text for the charts, in chart and series order. */
  public static String csv(List<ReportChart> charts) {
    StringBuilder out = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
        .setHeader(COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      for (ReportChart c : charts) {
        for (Object s : c.chart().getSeriesMap().values()) {
          rows(c.id(), s, p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void rows(String chart, Object series, CSVPrinter p) throws IOException {
    if (series instanceof AxesChartSeriesNumericalNoErrorBars s) {
      double[] err = s.getExtraValues();
      for (int i = 0; i < s.getXData().length; i++) {
        p.printRecord(chart, s.getName(), num(s.getXData()[i]), num(s.getYData()[i]),
            err == null ? "" : num(err[i]));
      }
    } else if (series instanceof AxesChartSeriesCategory s) {
      Iterator<?> xs = s.getXData().iterator();
      Iterator<? extends Number> ys = s.getYData().iterator();
      Iterator<? extends Number> es = s.getExtraValues() == null ? null
          : s.getExtraValues().iterator();
      while (xs.hasNext()) {
        Number y = ys.next();
        p.printRecord(chart, s.getName(), String.valueOf(xs.next()),
            y == null ? "" : num(y.doubleValue()),
            es == null ? "" : num(es.next().doubleValue()));
      }
    } else if (series instanceof HeatMapSeries s) {
      List<?> xs = new ArrayList<>(s.getXData());
      List<?> ys = new ArrayList<>(s.getYData());
      for (Number[] cell : s.getHeatData()) {
        p.printRecord(chart, String.valueOf(ys.get(cell[1].intValue())),
            String.valueOf(xs.get(cell[0].intValue())), num(cell[2].doubleValue()), "");
      }
    } else {
      throw new IllegalStateException("no data writer for " + series.getClass().getName());
    }
  }

  /** A number in plain decimal notation, locale-free, 9 significant digits, no trailing zeros. */
  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(9)).stripTrailingZeros().toPlainString();
  }
}
