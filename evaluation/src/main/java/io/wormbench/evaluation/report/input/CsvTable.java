package io.wormbench.evaluation.report.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A run-folder CSV file read by column name (RFC 4180 via Commons CSV). Column names match
 * ignoring case and underscores ({@code ttd_seconds} = {@code ttdSeconds}); lines starting with
 * {@code #} are comments (golden-file headers). Every accessor error names file, line, column.
 */
final class CsvTable {
  private final String file;
  private final Map<String, Integer> columns;
  private final List<CSVRecord> records;
  private final String text;

  private CsvTable(String file, Map<String, Integer> columns, List<CSVRecord> records,
      String text) {
    this.file = file;
    this.columns = columns;
    this.records = records;
    this.text = text;
  }

  static CsvTable read(Path path) {
    String file = path.getFileName().toString();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      Reader in = new java.io.StringReader(text);
      var parser = format.parse(in);
      Map<String, Integer> cols = new HashMap<>();
      parser.getHeaderMap().forEach((name, i) -> cols.put(key(name), i));
      return new CsvTable(file, cols, parser.getRecords(), text);
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      throw new ReportInputException(file + ": " + e.getMessage());
    }
  }

  List<Row> rows() {
    List<Row> out = new ArrayList<>();
    records.forEach(r -> out.add(new Row(r)));
    return out;
  }

  boolean has(String column) {
    return columns.containsKey(key(column));
  }

  private static String key(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** One data line. */
  final class Row {
    private final CSVRecord record;

    private Row(CSVRecord record) {
      this.record = record;
    }

    /** True when the file has the column. */
    boolean has(String column) {
      return CsvTable.this.has(column);
    }

    /** The cell, which must exist. */
    String text(String column) {
      Integer i = columns.get(key(column));
      if (i == null) {
        throw new ReportInputException(file + ": missing column '" + column + "'");
      }
      if (i >= record.size()) {
        throw error(column, "line has only " + record.size() + " cells");
      }
      return record.get(i);
    }

    /** The cell, or {@code fallback} when the column does not exist. */
    String text(String column, String fallback) {
      return has(column) ? text(column) : fallback;
    }

    /** A number; an empty cell or NaN is NaN (an undefined metric). */
    double number(String column) {
      String t = text(column);
      try {
        return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw error(column, "not a number: '" + t + "'");
      }
    }

    /** A number, or NaN when the column does not exist. */
    double optionalNumber(String column) {
      return has(column) ? number(column) : Double.NaN;
    }

    /** A whole number. */
    long integer(String column) {
      String t = text(column);
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw error(column, "not an integer: '" + t + "'");
      }
    }

    /** A time: ISO-8601 instant, Zeek seconds with decimals, or integer microseconds. */
    long time(String column) {
      String t = text(column);
      try {
        return Times.parse(t);
      } catch (IllegalArgumentException e) {
        throw error(column, e.getMessage());
      }
    }

    ReportInputException error(String column, String message) {
      return new ReportInputException(
          file + ": line " + line() + ": " + column + ": " + message);
    }

    /** The 1-based line the record starts on, counted in the file text. */
    long line() {
      long pos = Math.min(record.getCharacterPosition(), text.length());
      return 1 + text.substring(0, (int) pos).chars().filter(ch -> ch == '\n').count();
    }
  }
}
