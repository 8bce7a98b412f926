package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.Utf8Reader;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.time.Timestamps;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The run folder's {@code alerts.csv} (RFC 4180 CSV, {@code \n} line ends, UTF-8), one row per
 * alert in the order written. Columns: {@code ts} (microseconds since the epoch, the
 * authoritative time), {@code time} (the same instant as ISO-8601 UTC, for people),
 * {@code detector}, {@code host} and {@code peer} (dotted quads; {@code peer} is empty when the
 * alert has none), {@code score} (six decimals, locale-independent), {@code technique} (ATT&CK
 * id) and {@code evidence}. Scores round-trip exactly when they have at most six decimals.
 */
public final class AlertCsv {
  /** The header, in column order. */
  public static final List<String> HEADER =
      List.of("ts", "time", "detector", "host", "peer", "score", "technique", "evidence");

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator("\n")
      .get();

  private AlertCsv() {}

  /** Writes {@code alerts} to {@code file}, replacing it. */
  public static void write(Path file, Iterable<Alert> alerts) {
    try (AlertWriter w = writer(file)) {
      for (Alert a : alerts) {
        w.write(a);
      }
    }
  }

  /** Opens a streaming writer on {@code file}; the header is written at once. */
  public static AlertWriter writer(Path file) {
    try {
      return new AlertWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads every alert of {@code file}; a malformed row fails naming its line and column. */
  public static List<Alert> read(Path file) {
    try (Reader in = Utf8Reader.open(file)) {
      return read(in, Texts.fileName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads alerts from {@code in}; {@code source} names it in error messages. */
  public static List<Alert> read(Reader in, String source) throws IOException {
    CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Alert> alerts = new ArrayList<>();
    try (CSVParser parser = open(in, format, source)) {
      List<String> header = parser.getHeaderNames();
      if (!header.equals(HEADER)) {
        throw new TrafficFormatException(source, 1, "",
            "header must be " + String.join(",", HEADER) + " but is " + String.join(",", header));
      }
      for (CSVRecord r : parser) {
        alerts.add(parse(r, source));
      }
    } catch (UncheckedIOException e) {
      throw new TrafficFormatException(source, 0, "", "malformed CSV: " + e.getMessage(), e);
    }
    return alerts;
  }

  /** Commons CSV rejects an empty or repeated header name with a bare IllegalArgumentException. */
  private static CSVParser open(Reader in, CSVFormat format, String source) throws IOException {
    try {
      return CSVParser.builder().setReader(in).setFormat(format).get();
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, 1, "", "header must be " + String.join(",", HEADER)
          + ": " + e.getMessage(), e);
    }
  }

  private static Alert parse(CSVRecord r, String source) {
    Row row = new Row(r, source);
    if (r.size() != HEADER.size()) {
      throw new TrafficFormatException(source, row.line, "",
          "expected " + HEADER.size() + " fields but found " + r.size());
    }
    long ts = row.ts("ts");
    row.agrees(ts, "time");
    String peer = r.get("peer");
    try {
      return new Alert(r.get("detector"), ts, row.address("host"),
          peer.isEmpty() ? Ipv4.NONE : row.address("peer"), row.score("score"),
          r.get("technique"), r.get("evidence"));
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, row.line, "", e.getMessage(), e);
    }
  }

  /** Field parsing with error messages naming the line and column. */
  private static final class Row {
    final CSVRecord r;
    final String source;
    final long line;

    Row(CSVRecord r, String source) {
      this.r = r;
      this.source = source;
      this.line = r.getRecordNumber() + 1;
    }

    long ts(String field) {
      String text = r.get(field);
      try {
        return Timestamps.check(Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw new TrafficFormatException(source, line, field, "not a time in microseconds: '" + text + "'");
      } catch (IllegalArgumentException e) {
        throw new TrafficFormatException(source, line, field, e.getMessage());
      }
    }

    /**
     * The {@code time} column is for people, but when it holds an ISO-8601 instant it must be
     * the instant of {@code ts}: a tool that wrote seconds (or milliseconds) into ts would
     * otherwise have every alert scored in January 1970.
     */
    void agrees(long ts, String field) {
      long t;
      try {
        t = Timestamps.iso(r.get(field));
      } catch (IllegalArgumentException e) {
        return; // empty or free text: nothing to compare
      }
      String text = r.get(field);
      if (t != ts) {
        throw new TrafficFormatException(source, line, "ts", "ts " + ts + " is " + Micros.iso(ts)
            + " but time says " + text + "; ts must be microseconds since the epoch");
      }
    }

    int address(String field) {
      String text = r.get(field);
      try {
        return Ipv4.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TrafficFormatException(source, line, field, e.getMessage());
      }
    }

    double score(String field) {
      String text = r.get(field);
      try {
        double d = Double.parseDouble(text);
        if (!(d >= 0 && d <= 1)) {
          throw new TrafficFormatException(source, line, field, "score not in [0,1]: '" + text + "'");
        }
        return d;
      } catch (NumberFormatException e) {
        throw new TrafficFormatException(source, line, field, "not a number: '" + text + "'");
      }
    }
  }

  /** A streaming alerts.csv writer, so a long run never holds its alerts in memory. */
  public static final class AlertWriter implements AutoCloseable {
    private final CSVPrinter printer;

    AlertWriter(Writer out) throws IOException {
      this.printer = new CSVPrinter(new BufferedWriter(out), FORMAT);
      printer.printRecord(HEADER);
    }

    /** Appends one alert. */
    public void write(Alert a) {
      try {
        printer.printRecord(Long.toString(a.ts()), Micros.iso(a.ts()), a.detector(),
            Ipv4.format(a.host()), a.peer() == Ipv4.NONE ? "" : Ipv4.format(a.peer()),
            Texts.score(a.score()), a.technique(), a.evidence());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
      try {
        printer.close(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
