package io.wormbench.evaluation.cli;

import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code detect --events-out}: the decoded events written with the format's own writer into a
 * sibling {@code .<name>.wormbench-<pid>} copy, renamed over the target when the read is
 * complete, so a killed or failed read leaves the previous file (or Zeek log folder) whole. A
 * Zeek target is a folder and is only replaced when it is empty or holds nothing but
 * {@code *.log} files, so a mistyped path cannot delete someone's folder.
 */
final class EventsOut implements AutoCloseable {
  private final Path target;
  private final Path stage;
  private final EventWriter writer;
  private long events;
  private boolean closed;

  private EventsOut(Path target, Path stage, EventWriter writer) {
    this.target = target;
    this.stage = stage;
    this.writer = writer;
  }

  /** The format {@code id} names, else the one {@code path}'s extension names, else JSONL. */
  static EventFormat format(String id, Path path) {
    if (id != null) {
      EventFormat f;
      try {
        f = EventFormat.named(id);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--events-format: " + e.getMessage());
      }
      if (f == EventFormat.PCAP) {
        throw new BadInputException("--events-format pcap: decoded events are written as "
            + "jsonl, csv, zeek or zeek-json (the capture itself is the pcap)");
      }
      return f;
    }
    return EventFormat.ofExtension(path).filter(f -> f != EventFormat.PCAP)
        .orElse(EventFormat.JSONL);
  }

  /** Checks {@code path} now, before anything is read, and opens the staging copy. */
  static EventsOut begin(Path path, EventFormat format) {
    Path abs = path.toAbsolutePath().normalize();
    if (abs.getParent() == null || abs.getFileName() == null) {
      throw new BadInputException("--events-out " + path + ": cannot replace a file system root");
    }
    boolean folder = format == EventFormat.ZEEK_TSV || format == EventFormat.ZEEK_JSON;
    if (folder && Files.exists(abs) && !replaceableLogFolder(abs)) {
      throw new BadInputException("--events-out " + path + ": " + (Files.isDirectory(abs)
          ? "a folder holding files other than *.log; give a new or empty folder"
          : "is a file; Zeek logs are written into a folder"));
    }
    if (!folder && Files.isDirectory(abs)) {
      throw new BadInputException("--events-out " + path + ": is a folder; give a file name "
          + "(or --events-format zeek for a folder of logs)");
    }
    Path stage = abs.resolveSibling("." + abs.getFileName() + ".wormbench-"
        + ProcessHandle.current().pid());
    try {
      Files.createDirectories(abs.getParent());
      StagedFolder.deleteTree(stage);
    } catch (IOException e) {
      throw new BadInputException("--events-out " + path + ": cannot write in "
          + abs.getParent() + ": " + e.getMessage());
    }
    EventWriter w;
    try {
      w = format.create(stage);
    } catch (UncheckedIOException e) {
      throw new BadInputException("--events-out " + path + ": " + e.getMessage());
    }
    return new EventsOut(abs, stage, w);
  }

  /** Writes one decoded event. */
  void accept(Event e) {
    writer.accept(e);
    events++;
  }

  long events() {
    return events;
  }

  /** Closes the writer and renames the complete copy over the target. */
  void commit() {
    closeWriter();
    try {
      if (Files.isDirectory(stage)) {
        Path aside = target.resolveSibling(stage.getFileName() + ".previous");
        StagedFolder.deleteTree(aside);
        if (Files.exists(target)) {
          move(target, aside);
        }
        move(stage, target);
        StagedFolder.deleteTree(aside);
      } else {
        move(stage, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + stage + " to " + target + ": "
          + e.getMessage(), e);
    }
  }

  /** After a failure: drops the staging copy, leaving the target as it was. */
  @Override
  public void close() {
    if (!closed) {
      try {
        closeWriter();
      } catch (RuntimeException e) {
        // the failure that led here is the one to report
      }
    }
    try {
      StagedFolder.deleteTree(stage);
    } catch (IOException e) {
      // best effort; the next run with this target starts by clearing it
    }
  }

  private void closeWriter() {
    if (!closed) {
      closed = true;
      writer.close();
    }
  }

  private static boolean replaceableLogFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.toList();
      return all.stream().allMatch(p -> Files.isRegularFile(p)
          && p.getFileName().toString().endsWith(".log"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
