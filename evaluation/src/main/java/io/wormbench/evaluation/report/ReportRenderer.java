package io.wormbench.evaluation.report;

import io.wormbench.evaluation.report.chart.ChartData;
import io.wormbench.evaluation.report.chart.ChartFiles;
import io.wormbench.evaluation.report.chart.ChartKind;
import io.wormbench.evaluation.report.chart.ReportChart;
import io.wormbench.evaluation.report.html.FidelitySection;
import io.wormbench.evaluation.report.html.HtmlReport;
import io.wormbench.evaluation.report.input.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a run folder's report: reads only the files a run saved there (metrics.json,
 * alerts.csv, truth.json, the per-chart CSVs...; see {@link RunFolder}), draws every chart as
 * PNG and SVG beside them, and writes a self-contained index.html. Charts come from saved files
 * and never from live objects (Caffeine's CombinedCsvReport -> PlotCsv habit), so
 * {@code wormbench report <run-dir>} reproduces what {@code wormbench run} drew. Same files in,
 * same bytes out on one machine: no timestamps, fixed sizes and fonts, locale-free numbers.
 */
public final class ReportRenderer {
  /** The file holding every plotted point, written beside the charts. */
  public static final String CHART_DATA = "chart-data.csv";

  private ReportRenderer() {}

  /** Renders the report of {@code runDir} into it; returns the path of index.html. */
  public static Path render(Path runDir) {
    RunData data = RunFolder.read(runDir);
    List<ChartFiles.Written> written = new ArrayList<>();
    List<ReportChart> charts = new ArrayList<>();
    for (ChartKind kind : ChartKind.values()) {
      for (ReportChart chart : kind.build(data)) {
        charts.add(chart);
        written.add(ChartFiles.write(chart, runDir));
      }
    }
    write(runDir.resolve(CHART_DATA), ChartData.csv(charts));
    List<String> present = new ArrayList<>();
    for (String f : RunFolder.FILES) {
      if (Files.isRegularFile(runDir.resolve(f))) {
        present.add(f);
      }
    }
    present.add(CHART_DATA);
    for (String f : FidelitySection.FILES) {
      if (Files.isRegularFile(runDir.resolve(f))) {
        present.add(f);
      }
    }
    Path index = runDir.resolve("index.html");
    write(index, HtmlReport.render(data, written, present, FidelitySection.html(runDir)));
    return index;
  }

  /** Writes through a temporary file so a reader never sees half a file. */
  private static void write(Path file, String text) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
