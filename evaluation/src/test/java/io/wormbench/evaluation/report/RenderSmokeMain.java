package io.wormbench.evaluation.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the fixture into target/report-fixture for a human look (not a test). */
public final class RenderSmokeMain {
  private RenderSmokeMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of("target/report-fixture");
    if (Files.exists(out)) {
      try (var s = Files.walk(out)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(out);
    System.out.println(ReportRenderer.render(RunFixture.copyTo(out)));
  }
}
