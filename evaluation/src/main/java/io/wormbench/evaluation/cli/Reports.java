package io.wormbench.evaluation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Renders the HTML report and charts of a run folder (the report package's entry point). */
final class Reports {
  private Reports() {}

  static void render(Path runDir, PrintWriter stdout) {
    // Filled in when the report package's ReportRenderer lands.
  }
}
