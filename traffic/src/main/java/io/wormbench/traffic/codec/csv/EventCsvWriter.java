package io.wormbench.traffic.codec.csv;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Writes events to one CSV file in the layout {@link EventCsv} documents. */
public final class EventCsvWriter implements EventWriter {
  private final CSVPrinter printer;

  /** Creates or replaces {@code file} and writes the header. */
  public EventCsvWriter(Path file) {
    try {
      printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
          EventCsv.FORMAT);
      printer.printRecord(EventCsv.HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public void accept(Event e) {
    String[] row = new String[EventCsv.HEADER.size()];
    Arrays.fill(row, "");
    row[0] = e.kind().logName();
    int[] at = EventCsv.positions(e.kind());
    List<Column> columns = EventSchema.of(e.kind()).columns();
    for (int i = 0; i < at.length; i++) {
      Column c = columns.get(i);
      row[at[i]] = EventCsv.format(c, c.get(e));
    }
    try {
      printer.printRecord((Object[]) row);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
