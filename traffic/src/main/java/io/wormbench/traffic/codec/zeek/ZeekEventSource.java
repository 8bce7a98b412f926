package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.time.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Events from one Zeek log or a directory of them (TSV or JSON, detected per file), merged
 * into one time-ordered stream: each file goes through a {@link ReorderBuffer} and the files
 * through a k-way merge on (ts, kind, file name), so ties resolve the same way on every run
 * and a connection precedes its protocol records at equal ts. Memory is one reorder window per
 * file. Rows Wormbench cannot represent (IPv6, unmodelled SMB actions) are counted in
 * {@link #skipped()}, never silently lost.
 */
public final class ZeekEventSource implements EventSource {
  /** The default reorder window: one hour, longer than most sessions Zeek logs at their end. */
  public static final long DEFAULT_WINDOW = Micros.HOUR;

  private record Head(Event event, int file) {}

  private final List<ReorderBuffer> files = new ArrayList<>();
  private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator
      .comparingLong((Head h) -> h.event.ts())
      .thenComparingInt(h -> h.event.kind().ordinal())
      .thenComparingInt(Head::file));
  private boolean started;

  private ZeekEventSource(List<LogCursor> cursors, long window) {
    for (LogCursor c : cursors) {
      files.add(new ReorderBuffer(c, window));
    }
  }

  /** Opens a Zeek log file or every known log in a directory, with the default window. */
  public static ZeekEventSource open(Path fileOrDir) {
    return open(fileOrDir, DEFAULT_WINDOW);
  }

  /** As {@link #open(Path)} with a reorder window of {@code window} microseconds. */
  public static ZeekEventSource open(Path fileOrDir, long window) {
    if (window < 0) {
      throw new IllegalArgumentException("reorder window must be >= 0");
    }
    List<Path> paths = Files.isDirectory(fileOrDir) ? ZeekFiles.logsIn(fileOrDir)
        : List.of(fileOrDir);
    if (paths.isEmpty()) {
      // An empty result would read as "no traffic", which is not what the user has.
      throw new TrafficFormatException(fileOrDir.toString(), 0, "",
          "no Zeek logs Wormbench reads (" + ZeekFiles.knownLogs() + ") in this directory");
    }
    List<LogCursor> cursors = new ArrayList<>();
    try {
      for (Path p : paths) {
        cursors.add(ZeekFiles.isJson(p) ? new ZeekJsonCursor(p) : new ZeekTsvCursor(p));
      }
    } catch (RuntimeException e) {
      cursors.forEach(LogCursor::close);
      throw e;
    }
    return new ZeekEventSource(cursors, window);
  }

  /** The files read, in merge order. */
  public List<String> files() {
    return files.stream().map(b -> b.cursor().source()).toList();
  }

  /** Rows skipped so far because Wormbench cannot represent them. */
  public long skipped() {
    return files.stream().mapToLong(b -> b.cursor().skipped().total()).sum();
  }

  /**
   * One line per file that skipped rows, by reason ("IPv6 (Wormbench models IPv4 only)"...),
   * for commands to print so no row is lost silently.
   */
  public List<String> skipSummary() {
    return files.stream().flatMap(b -> b.cursor().skipped().describe().stream()).toList();
  }

  private void start() {
    if (!started) {
      started = true;
      for (int i = 0; i < files.size(); i++) {
        refill(i);
      }
    }
  }

  private void refill(int file) {
    Event e = files.get(file).poll();
    if (e != null) {
      heads.add(new Head(e, file));
    }
  }

  @Override
  public boolean hasNext() {
    start();
    return !heads.isEmpty();
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Head h = heads.poll();
    refill(h.file);
    return h.event;
  }

  @Override
  public void close() {
    for (ReorderBuffer b : files) {
      b.cursor().close();
    }
  }
}
