package io.wormbench.evaluation.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds an RFC 4180 CSV document with {@code \n} line ends (Apache Commons CSV), so every
 * output file is the same bytes on every platform.
 */
public final class Csv {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
      .get();
  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;

  /** A document with the given header row. */
  public Csv(String... header) {
    try {
      printer = new CSVPrinter(out, FORMAT);
      printer.printRecord((Object[]) header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends one row; numbers should already be formatted by {@link Num}. */
  public Csv row(Object... cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Appends one row from a list. */
  public Csv row(List<?> cells) {
    return row(cells.toArray());
  }

  @Override
  public String toString() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
