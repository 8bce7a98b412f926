package io.wormbench.evaluation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An output folder written atomically: every file goes into a staging copy beside the target,
 * {@code <parent>/.<name>.wormbench-<pid>/<name>/} (same file system, same folder name, so
 * names written into reports do not change), and {@link #commit} swaps it in with two renames.
 * Until then the previous folder stays whole; a process killed at any point leaves either the
 * previous complete folder or, between the two renames, none (the next command on the same
 * target puts the previous one back). The staging copy holds {@link #MARKER} until just before
 * the swap, and {@code report}, {@code compare} and {@code score} refuse a folder holding it.
 *
 * <p>Replacing a folder replaces all of it, so an existing folder is only replaced when it is
 * empty or was written by Wormbench (it holds one of {@link #OURS}); {@code --out ~} fails.
 */
final class StagedFolder {
  /** Present in a folder still being written. */
  static final String MARKER = ".wormbench-incomplete";
  /** Files that mark a folder as Wormbench output (run, sweep, benchmark, simulate). */
  static final List<String> OURS = List.of("run.json", "metrics.json", "sweep-command.txt",
      "summary.json", "truth.json", "seeds", MARKER);
  private static final String PREVIOUS = "previous";

  private final Path given;
  private final Path target;
  private final Path container;
  private final Path stage;
  private boolean done;

  private StagedFolder(Path given, Path target, Path container) {
    this.given = given;
    this.target = target;
    this.container = container;
    this.stage = container.resolve(target.getFileName());
  }

  /**
   * Checks that {@code target} can be written ({@code option} names it in errors), puts back a
   * previous folder a killed run left aside, and creates the empty staging folder.
   */
  static StagedFolder begin(String option, Path target) {
    Path abs = target.toAbsolutePath().normalize();
    if (abs.getParent() == null || abs.getFileName() == null) {
      throw new BadInputException(option + " " + target + ": cannot replace a file system root");
    }
    check(option, target, abs);
    Path parent = abs.getParent();
    try {
      Files.createDirectories(parent);
    } catch (FileSystemException e) {
      throw new BadInputException(option + " " + target + ": cannot create folder " + parent
          + ": " + reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + parent + ": " + e.getMessage(), e);
    }
    recover(abs);
    check(option, target, abs); // recovery may have put a previous folder back
    Path container = parent.resolve(containerName(abs, ProcessHandle.current().pid()));
    StagedFolder f = new StagedFolder(target, abs, container);
    try {
      deleteTree(container);
      Files.createDirectories(f.stage);
      Files.writeString(f.stage.resolve(MARKER), "written by pid "
          + ProcessHandle.current().pid() + "; removed when the folder is complete\n");
    } catch (FileSystemException e) {
      throw new BadInputException(option + " " + target + ": cannot write in " + parent + ": "
          + reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + container + ": " + e.getMessage(), e);
    }
    return f;
  }

  /** The folder being replaced, as given (for messages). */
  Path target() {
    return given;
  }

  /** Where the files go until {@link #commit}. */
  Path folder() {
    return stage;
  }

  /** Swaps the complete staging folder in place of the target, then drops the old one. */
  void commit() {
    try {
      Files.delete(stage.resolve(MARKER));
      Path previous = container.resolve(PREVIOUS);
      if (Files.exists(target)) {
        move(target, previous);
      }
      move(stage, target);
      done = true;
      deleteTree(container);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + stage + " to " + target + ": "
          + e.getMessage(), e);
    }
  }

  /** After a failure: removes the staging copy, keeping the previous folder. */
  void abandon() {
    if (done) {
      return;
    }
    try {
      Path previous = container.resolve(PREVIOUS);
      if (!Files.exists(target) && Files.exists(previous)) {
        move(previous, target);
      }
      deleteTree(container);
    } catch (IOException e) {
      // the failure that led here is the one to report; the next run recovers the rest
    }
  }

  /** A reason a folder cannot be read as output: empty when it is complete. */
  static Optional<String> incomplete(Path dir) {
    return Files.exists(dir.resolve(MARKER))
        ? Optional.of(dir + ": an incomplete folder (a run was interrupted while writing it); "
            + "run it again")
        : Optional.empty();
  }

  private static void check(String option, Path given, Path abs) {
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new BadInputException(option + " " + given + ": is a file, not a folder");
    }
    if (Files.isDirectory(abs) && !replaceable(abs)) {
      throw new BadInputException(option + " " + given + ": a folder Wormbench did not write "
          + "(none of " + String.join(", ", OURS.subList(0, OURS.size() - 1))
          + "); give a new or empty folder");
    }
  }

  private static boolean replaceable(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isEmpty()) {
        return true;
      }
    } catch (IOException e) {
      return false;
    }
    return OURS.stream().anyMatch(f -> Files.exists(dir.resolve(f)));
  }

  /** Staging folders of dead processes for this target: put a set-aside folder back, drop. */
  private static void recover(Path target) {
    String prefix = "." + target.getFileName() + ".wormbench-";
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
      for (Path c : ds) {
        String pid = c.getFileName().toString().substring(prefix.length());
        if (!pid.matches("[0-9]{1,18}") || alive(Long.parseLong(pid))) {
          continue;
        }
        Path previous = c.resolve(PREVIOUS);
        if (!Files.exists(target) && Files.isDirectory(previous)) {
          move(previous, target);
        }
        deleteTree(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up beside " + target + ": " + e.getMessage(),
          e);
    }
  }

  private static boolean alive(long pid) {
    return pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static String containerName(Path target, long pid) {
    return "." + target.getFileName() + ".wormbench-" + pid;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      return e.getReason();
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
