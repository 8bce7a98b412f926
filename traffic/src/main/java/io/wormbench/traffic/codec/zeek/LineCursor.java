package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.SkippedRecords;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.event.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A {@link LogCursor} over one text file read line by line: the file name for messages, the
 * line count, the count of rows Wormbench cannot represent, and closing. The TSV and JSON
 * cursors only say how a line becomes an event.
 */
abstract class LineCursor implements LogCursor {
  /** The file name, for messages. */
  protected final String source;
  /** The line last read (1-based). */
  protected long line;
  private final BufferedReader in;
  private final SkippedRecords skipped;

  LineCursor(Path file) {
    this.source = Texts.fileName(file);
    this.in = ZeekFiles.open(file);
    this.skipped = new SkippedRecords(source);
  }

  /**
   * One line of the file as an event, or null when the line carries none (a header, a blank
   * line); throws {@link ZeekRow.Unrepresentable} for a row outside Wormbench's model.
   */
  protected abstract Event parseLine(String text);

  @Override
  public final Event next() {
    while (true) {
      String text;
      try {
        text = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
      if (text == null) {
        return null;
      }
      line++;
      try {
        Event e = parseLine(text);
        if (e != null) {
          return e;
        }
      } catch (ZeekRow.Unrepresentable e) {
        skipped.add(e.getMessage(), line);
      }
    }
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final long line() {
    return line;
  }

  @Override
  public final SkippedRecords skipped() {
    return skipped;
  }

  @Override
  public final void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
