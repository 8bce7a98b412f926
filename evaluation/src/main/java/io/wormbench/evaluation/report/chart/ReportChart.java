package io.wormbench.evaluation.report.chart;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a report: a file-name id ({@code ttd-cdf} gives ttd-cdf.png and ttd-cdf.svg), a
 * title, a caption that says how to read it (and what it leaves out), and the XChart chart.
 */
public record ReportChart(String id, String title, String caption, Chart<?, ?> chart) {
  public ReportChart {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("chart id must be a lower-case file name: " + id);
    }
  }
}
