package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes an event stream as a directory of Zeek logs, one {@code <path>.log} per
 * {@link ZeekLog}, opened when its first event arrives. Subclasses format one file (TSV or
 * JSON). Every event is written; the files are ordered as the stream is.
 */
abstract class ZeekLogWriter implements EventWriter {
  private final Path dir;
  private final Map<EventKind, Writer> open = new EnumMap<>(EventKind.class);
  private final Map<EventKind, Long> lastTs = new EnumMap<>(EventKind.class);

  ZeekLogWriter(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  /** Writes whatever a new file starts with. */
  abstract void begin(Writer out, ZeekLog log, long firstTs) throws IOException;

  /** Writes one row. */
  abstract void row(Writer out, ZeekLog log, Event e) throws IOException;

  /** Writes whatever a file ends with. */
  abstract void end(Writer out, ZeekLog log, long lastTs) throws IOException;

  @Override
  public void accept(Event e) {
    ZeekLog log = ZeekLog.of(e.kind());
    try {
      Writer out = open.get(e.kind());
      if (out == null) {
        out = Files.newBufferedWriter(dir.resolve(log.path() + ".log"), StandardCharsets.UTF_8);
        open.put(e.kind(), out);
        begin(out, log, e.ts());
      }
      row(out, log, e);
      lastTs.put(e.kind(), e.ts());
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + log.path() + ".log", ex);
    }
  }

  @Override
  public void close() {
    UncheckedIOException failure = null;
    for (Map.Entry<EventKind, Writer> w : open.entrySet()) {
      try (Writer out = w.getValue()) {
        end(out, ZeekLog.of(w.getKey()), lastTs.get(w.getKey()));
      } catch (IOException e) {
        failure = new UncheckedIOException(e);
      }
    }
    open.clear();
    if (failure != null) {
      throw failure;
    }
  }

  /** The schema column value for a mapped Zeek field. */
  static Object value(ZeekField f, Event e) {
    return EventSchema.of(e.kind()).columns().get(f.column()).get(e);
  }
}
