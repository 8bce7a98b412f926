package io.wormbench.traffic.codec.csv;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.ParsedEventSource;
import io.wormbench.traffic.codec.TextFields;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.Utf8Reader;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.time.Micros;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the events of a CSV file in the {@link EventCsv} layout. The header must match
 * exactly; a row with the wrong field count, an unknown kind, a bad value, or a value in a
 * column its kind does not use fails with a {@link TrafficFormatException} naming the file,
 * the line (the row number, which equals the line unless a quoted field spans lines) and the
 * column.
 */
public final class EventCsvReader extends ParsedEventSource {
  private final String source;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final Map<EventKind, TextFields> fields = new EnumMap<>(EventKind.class);
  private long line = 1;

  /** Opens {@code file} and checks its header. */
  public EventCsvReader(Path file) {
    this.source = Texts.fileName(file);
    try {
      parser = CSVParser.builder()
          .setReader(Utf8Reader.open(file))
          .setFormat(EventCsv.FORMAT).get();
      rows = parser.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> header;
    try {
      if (!rows.hasNext()) {
        close();
        throw new TrafficFormatException(source, 1, "", "empty file: no header");
      }
      header = rows.next().toList();
    } catch (UncheckedIOException e) {
      // a quote left open in the header (found by the events-csv fuzz target)
      close();
      throw new TrafficFormatException(source, 1, "", "malformed CSV header: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    }
    if (!header.equals(EventCsv.HEADER)) {
      close();
      throw new TrafficFormatException(source, 1, "", headerProblem(header));
    }
    for (EventKind k : EventKind.values()) {
      String[] names = EventSchema.of(k).columns().stream().map(Column::name)
          .toArray(String[]::new);
      fields.put(k, new TextFields(source, names));
    }
  }

  @Override
  protected Event parseNext() {
    CSVRecord r;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      r = rows.next();
    } catch (UncheckedIOException e) {
      throw new TrafficFormatException(source, line + 1, "", "malformed CSV: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    }
    line = r.getRecordNumber();
    if (r.size() != EventCsv.HEADER.size()) {
      throw new TrafficFormatException(source, line, "",
          "expected " + EventCsv.HEADER.size() + " fields but found " + r.size());
    }
    EventKind kind;
    try {
      kind = EventKind.ofLogName(r.get(0));
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, line, "kind", e.getMessage());
    }
    int[] at = EventCsv.positions(kind);
    String[] cells = new String[at.length];
    boolean[] used = new boolean[EventCsv.HEADER.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.get(at[i]);
      used[at[i]] = true;
    }
    for (int i = 1; i < used.length; i++) {
      if (!used[i] && !r.get(i).isEmpty()) {
        throw new TrafficFormatException(source, line, EventCsv.HEADER.get(i),
            "must be empty for kind " + kind.logName() + " but is '" + r.get(i) + "'");
      }
    }
    TextFields f = fields.get(kind);
    f.reset(line, cells);
    try {
      return EventSchema.of(kind).decode(f);
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, line, "", e.getMessage());
    }
  }

  @Override
  protected TrafficFormatException outOfOrder(long ts, long previous) {
    return new TrafficFormatException(source, line, "ts", "time goes backwards: "
        + Micros.iso(ts) + " after " + Micros.iso(previous));
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first place where {@code header} differs from the expected one, as one short clause. */
  static String headerProblem(List<String> header) {
    List<String> want = EventCsv.HEADER;
    for (int i = 0; i < want.size(); i++) {
      if (i >= header.size()) {
        return "header ends after " + header.size() + " of " + want.size()
            + " columns; column " + (i + 1) + " must be '" + want.get(i) + "'";
      }
      if (!want.get(i).equals(header.get(i))) {
        return "header column " + (i + 1) + " must be '" + want.get(i) + "' but is '"
            + header.get(i) + "' (" + want.size() + " columns, see SCHEMA.md)";
      }
    }
    return "header has " + header.size() + " columns, not " + want.size();
  }
}
