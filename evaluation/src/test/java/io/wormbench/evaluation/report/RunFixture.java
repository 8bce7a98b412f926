package io.wormbench.evaluation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the hand-made run folder under src/test/resources into a scratch directory. */
public final class RunFixture {
  private RunFixture() {}

  /** The fixture's source folder on the test class path. */
  public static Path source() {
    try {
      return Path.of(RunFixture.class.getResource("run-fixture/metrics.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of the fixture in {@code dir}; returns {@code dir}. */
  public static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.list(source())) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
