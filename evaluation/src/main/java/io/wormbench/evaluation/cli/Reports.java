package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.report.ReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Renders the HTML report and charts of a run folder through the report package. */
final class Reports {
  private Reports() {}

  static Path render(Path runDir, PrintWriter stdout) {
    return ReportRenderer.render(runDir);
  }
}
