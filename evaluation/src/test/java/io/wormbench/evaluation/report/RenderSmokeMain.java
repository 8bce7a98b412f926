package io.wormbench.evaluation.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the fixture into target/report-fixture, or the run folder given, for a human look. */
public final class RenderSmokeMain {
  private RenderSmokeMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1) {
      System.out.println(ReportRenderer.render(Path.of(args[0])));
      return;
    }
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
