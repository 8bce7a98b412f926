package io.wormbench.evaluation.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where external detectors' traffic is written: {@code <root>/seed-<n>/}, one folder per
 * seed, deleted when the seed's tools are done unless {@code keep}
 * ({@code --keep-external-input}). Under a run folder the root is {@code external-input/}.
 */
public record ExternalWork(Path root, boolean keep) {
  /** The folder name under a run's output. */
  public static final String FOLDER = "external-input";

  /** {@code <out>/external-input}. */
  public static ExternalWork under(Path out, boolean keep) {
    return new ExternalWork(out.resolve(FOLDER), keep);
  }

  /** A fresh folder under the system's temporary directory, for callers without a run folder. */
  public static ExternalWork temporary() {
    return new ExternalWork(Path.of(System.getProperty("java.io.tmpdir"), "wormbench-"
        + ProcessHandle.current().pid() + "-" + FOLDER), false);
  }

  /** The folder of one seed. */
  Path seed(long seed) {
    return root.resolve("seed-" + seed);
  }

  /** Deletes {@code dir} (and the root once empty) unless keeping. */
  void release(Path dir) {
    if (keep) {
      return;
    }
    delete(dir);
    try (Stream<Path> left = Files.exists(root) ? Files.list(root) : Stream.empty()) {
      if (left.findAny().isEmpty()) {
        Files.deleteIfExists(root);
      }
    } catch (IOException e) {
      // another seed wrote its folder meanwhile: the root stays for it to remove
    }
  }

  static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
    }
  }
}
