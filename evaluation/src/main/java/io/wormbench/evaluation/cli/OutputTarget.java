package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.FanOut;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where {@code --out} puts a run or benchmark folder: a local path, written through a
 * {@link StagedFolder} beside it and swapped in when complete, or a URI ({@code hdfs://...}, {@code s3a://...}, {@code file:///...}) that the Spark engine's
 * Hadoop FileSystem can write. A URI's folder is written to a local staging folder first,
 * with the same writers, then published in one step ({@link FanOut#publish}), so what lands
 * there is byte-identical to a local folder and never half-written.
 */
record OutputTarget(Path folder, Optional<String> uri, Optional<StagedFolder> staged) {
  private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  /** The target {@code out} names, or {@code fallback} when it is absent. */
  static OutputTarget of(String out, Path fallback, FanOut engine) {
    if (out == null || !URI.matcher(out).matches()) {
      return local(out == null ? fallback : Path.of(out));
    }
    if (!engine.publishesUris()) {
      throw new BadInputException("--out " + out + ": a URI needs --engine spark (Hadoop "
          + "FileSystem); give a local folder for the local engine");
    }
    try {
      return new OutputTarget(Files.createTempDirectory("wormbench-out"), Optional.of(out),
          Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder: " + e.getMessage(), e);
    }
  }

  /** A local folder, checked and staged now, before anything is simulated. */
  static OutputTarget local(Path dir) {
    StagedFolder f = StagedFolder.begin("--out", dir);
    return new OutputTarget(f.folder(), Optional.empty(), Optional.of(f));
  }

  /**
   * Publishes a staged folder: a local one replaces the target in one rename, a URI's is
   * published by the engine and the staging copy removed.
   */
  void publish(FanOut engine) {
    if (uri.isEmpty()) {
      staged.ifPresent(StagedFolder::commit);
      return;
    }
    engine.publish(folder, uri.get());
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Publishes a local target (a command without an engine). */
  void publishLocal() {
    if (uri.isPresent()) {
      throw new IllegalStateException("a URI target needs its engine to publish");
    }
    staged.ifPresent(StagedFolder::commit);
  }

  /** After a failure: drops the staging copy, leaving the previous folder as it was. */
  void abandon() {
    staged.ifPresent(StagedFolder::abandon);
  }

  /** Where the folder ends up, for messages. */
  String where() {
    return uri.orElse(staged.map(StagedFolder::target).orElse(folder).toString());
  }
}
