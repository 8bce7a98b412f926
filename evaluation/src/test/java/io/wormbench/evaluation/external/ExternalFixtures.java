package io.wormbench.evaluation.external;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tiny incident with a detectors: section of test's choosing. */
final class ExternalFixtures {
  private ExternalFixtures() {}

  /** tiny-incident (2 seeds) with {@code detectors} (YAML list items, indented by two). */
  static Scenario tinyWith(String detectors) {
    try {
      String yaml = Files.readString(TestScenarios.file("tiny-incident"), StandardCharsets.UTF_8);
      return Scenario.parse("tiny-external.yaml", yaml + "detectors:\n" + detectors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A repository file, from the module folder tests run in or the root. */
  static Path repo(String path) {
    Path p = Path.of("..").resolve(path);
    return (Files.exists(p) ? p : Path.of(path)).toAbsolutePath().normalize();
  }
}
