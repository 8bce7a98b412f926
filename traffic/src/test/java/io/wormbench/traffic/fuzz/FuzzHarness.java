package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.BadInput;
import io.wormbench.traffic.event.EventSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every fuzz target shares (Jazzer, libFuzzer's model: one static
 * {@code fuzzerTestOneInput(byte[])} per target, replayed by {@code @FuzzTest} in
 * {@code ./mvnw verify} and fuzzed by {@code .ci/fuzz}). The crash rule is defined here once:
 * a reader fed any bytes may only fail with one of the project's bad-input errors
 * ({@link BadInput}); any other throwable (a RuntimeException, an OutOfMemoryError, a
 * StackOverflowError) is a crash, and libFuzzer's {@code -timeout} turns a hang into one.
 */
public final class FuzzHarness {
  private static Path scratch;

  private FuzzHarness() {}

  /** Runs {@code read}; rethrows whatever is not bad input. */
  public static void readerMustOnlyRejectBadInput(Runnable read) {
    try {
      read.run();
    } catch (Throwable t) {
      if (BadInput.is(t)) {
        return;
      }
      throw t;
    }
  }

  /** Reads every event of {@code source}, closing it. */
  public static long drain(EventSource source) {
    long n = 0;
    try (source) {
      while (source.hasNext()) {
        source.next();
        n++;
      }
    }
    return n;
  }

  /**
   * Writes {@code data} to {@code name} in this process's scratch folder (in memory under
   * /dev/shm when the machine has it) and returns the path; readers that take a path read it.
   */
  public static Path file(String name, byte[] data) {
    try {
      if (scratch == null) {
        Path shm = Path.of("/dev/shm");
        scratch = Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "wormbench-fuzz-")
            : Files.createTempDirectory("wormbench-fuzz-");
        scratch.toFile().deleteOnExit();
      }
      Path p = scratch.resolve(name);
      Files.write(p, data);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
