package io.wormbench.evaluation.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;

/**
 * Writes a chart as {@code <id>.png} and {@code <id>.svg}. The bytes are produced in memory
 * first so a failed encode never leaves a half-written file, and the returned PNG bytes can be
 * embedded in index.html without reading the file back.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** What was written for one chart. */
  public record Written(ReportChart chart, byte[] png, String svg) {}

  /** Encodes and writes the chart into {@code dir}. */
  public static Written write(ReportChart chart, Path dir) {
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart.chart(), BitmapFormat.PNG);
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart.chart(), svg, VectorGraphicsFormat.SVG);
      Files.write(dir.resolve(chart.id() + ".png"), png);
      Files.write(dir.resolve(chart.id() + ".svg"), svg.toByteArray());
      return new Written(chart, png, svg.toString(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + chart.id() + " into " + dir, e);
    }
  }
}
