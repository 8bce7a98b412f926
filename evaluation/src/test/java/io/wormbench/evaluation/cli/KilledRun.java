package io.wormbench.evaluation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * Test driver: {@code wormbench run} in a child JVM, killed with SIGKILL
 * ({@link Process#destroyForcibly}) the moment a point of its progress shows on disk, so kill
 * points are reproducible without sleeping for guessed times.
 */
public final class KilledRun {
  /** Where in a run to kill it: a name and what must be on disk (child pid, --out). */
  public enum Point {
    /** As soon as the JVM is started: nothing written yet. */
    AT_START((pid, out) -> true),
    /** The staging folder beside --out exists. */
    STAGING_CREATED((pid, out) -> Files.isDirectory(stage(pid, out))),
    /** metrics.json is written: the run's first file. */
    METRICS_WRITTEN((pid, out) -> Files.exists(stage(pid, out).resolve("metrics.json"))),
    /** A seed's truth is being written (seeds/). */
    SEED_FILES((pid, out) -> Files.isDirectory(stage(pid, out).resolve("seeds"))),
    /** A chart is rendered. */
    CHARTS((pid, out) -> any(stage(pid, out), "*.png")),
    /** index.html is written: the report is almost complete. */
    INDEX_WRITTEN((pid, out) -> Files.exists(stage(pid, out).resolve("index.html"))),
    /** The previous folder is set aside: between the two renames of the swap. */
    SWAPPING((pid, out) -> Files.exists(container(pid, out).resolve("previous")));

    final BiPredicate<Long, Path> reached;

    Point(BiPredicate<Long, Path> reached) {
      this.reached = reached;
    }
  }

  /** What happened: whether the kill landed before the child ended, and its output. */
  public record Outcome(boolean killed, int exitCode, String output) {}

  private KilledRun() {}

  /** The command a child runs: {@code run scenario --seed seed --out out}. */
  static List<String> command(Path scenario, long seed, Path out) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), WormbenchCommand.class.getName(), "run",
        scenario.toString(), "--seed", Long.toString(seed), "--out", out.toString());
  }

  /** Runs to the end. */
  public static Outcome complete(Path scenario, long seed, Path out) {
    return run(scenario, seed, out, null);
  }

  /** Runs and kills the child with SIGKILL when {@code point} is reached (if it is). */
  public static Outcome killAt(Path scenario, long seed, Path out, Point point) {
    return run(scenario, seed, out, point);
  }

  private static Outcome run(Path scenario, long seed, Path out, Point point) {
    try {
      Path log = Files.createTempFile("wormbench-child", ".log");
      Process p = new ProcessBuilder(command(scenario, seed, out)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      boolean killed = false;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (point != null && point.reached.test(p.pid(), out)) {
          p.destroyForcibly();
          killed = true;
          break;
        }
        Thread.onSpinWait();
        Thread.sleep(0, 200_000);
      }
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("child run did not end");
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      return new Outcome(killed && p.exitValue() != 0, p.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The staging containers left beside {@code out}. */
  public static List<Path> leftovers(Path out) throws IOException {
    List<Path> found = new ArrayList<>();
    Path abs = out.toAbsolutePath();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(abs.getParent(),
        "." + abs.getFileName() + ".wormbench-*")) {
      ds.forEach(found::add);
    }
    return found;
  }

  private static Path container(long pid, Path out) {
    Path abs = out.toAbsolutePath();
    return abs.getParent().resolve(StagedFolder.containerName(abs, pid));
  }

  private static Path stage(long pid, Path out) {
    return container(pid, out).resolve(out.toAbsolutePath().getFileName());
  }

  private static boolean any(Path dir, String glob) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      return ds.iterator().hasNext();
    } catch (IOException e) {
      return false; // the folder moved meanwhile
    }
  }
}
