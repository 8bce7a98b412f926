package io.wormbench.evaluation;

import io.wormbench.evaluation.scenario.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files for tests: the small fast ones in test resources, and the repository's. */
public final class TestScenarios {
  private TestScenarios() {}

  /** A test resource scenario file by name, e.g. {@code tiny-incident}. */
  public static Path file(String name) {
    try {
      return Path.of(TestScenarios.class.getResource("/scenarios/" + name + ".yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test resource scenario, loaded. */
  public static Scenario load(String name) {
    return Scenario.load(file(name));
  }

  /** The repository's {@code scenarios/} folder (tests run in {@code evaluation/}). */
  public static Path repositoryScenarios() {
    Path p = Path.of("..", "scenarios");
    return Files.isDirectory(p) ? p : Path.of("scenarios");
  }
}
