package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Any tool's {@code alerts.csv} in Wormbench's own format ({@link AlertCsv#HEADER}), read as a
 * third-party file: {@code ts} may be in seconds, milliseconds or microseconds (the unit is
 * told by magnitude, {@link EpochTime}), decimals allowed, and when the ISO {@code time}
 * column is filled it must name the same instant to within one unit of {@code ts}, so a file
 * whose two clocks disagree fails naming the row instead of scoring in the wrong year. Scores
 * are already in [0, 1]; detector names are the file's.
 */
public final class AlertCsvReader implements AlertReader {
  private final String source;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;

  /** A reader over {@code in}; the header must be exactly {@link AlertCsv#HEADER}. */
  public AlertCsvReader(BufferedReader in, String source, AlertReadOptions options) {
    this.source = source;
    CSVFormat format = AlertCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    try {
      this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
    } catch (IOException | UncheckedIOException e) {
      throw new TrafficFormatException(source, 1, "", "malformed CSV header: " + e.getMessage());
    }
    List<String> header = parser.getHeaderNames();
    if (!header.equals(AlertCsv.HEADER)) {
      throw new TrafficFormatException(source, 1, "", "header must be "
          + String.join(",", AlertCsv.HEADER) + " but is " + String.join(",", header));
    }
    this.rows = parser.iterator();
  }

  @Override
  public Optional<ToolAlert> next() {
    CSVRecord r;
    try {
      if (!rows.hasNext()) {
        return Optional.empty();
      }
      r = rows.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new TrafficFormatException(source, parser.getCurrentLineNumber(), "",
          "malformed CSV: " + e.getMessage());
    }
    long line = r.getRecordNumber() + 1;
    if (r.size() != AlertCsv.HEADER.size()) {
      throw new TrafficFormatException(source, line, "",
          "expected " + AlertCsv.HEADER.size() + " fields but found " + r.size());
    }
    long ts = field(r, line, "ts", () -> EpochTime.parseNumber(r.get("ts")));
    String iso = r.get("time");
    if (!iso.isEmpty()) {
      long named = field(r, line, "time", () -> EpochTime.parseIso(iso));
      long tolerance = EpochTime.unitOf(Double.parseDouble(r.get("ts"))).orElseThrow().micros;
      if (Math.abs(named - ts) >= Math.max(1, tolerance)) {
        throw new TrafficFormatException(source, line, "time", "'" + iso
            + "' disagrees with ts " + r.get("ts") + " (read as "
            + io.wormbench.traffic.time.Micros.iso(ts) + ")");
      }
    }
    int host = field(r, line, "host", () -> Ipv4.parse(r.get("host")));
    String peerText = r.get("peer");
    int peer = peerText.isEmpty() ? Ipv4.NONE : field(r, line, "peer", () -> Ipv4.parse(peerText));
    double score = field(r, line, "score", () -> {
      double d = Double.parseDouble(r.get("score"));
      if (!(d >= 0 && d <= 1)) {
        throw new IllegalArgumentException("score not in [0,1]: '" + r.get("score") + "'");
      }
      return d;
    });
    Alert a = new Alert(r.get("detector"), ts, host, peer, score, r.get("technique"),
        r.get("evidence"));
    return Optional.of(new ToolAlert(a, FlowKey.NONE, line));
  }

  private <T> T field(CSVRecord r, long line, String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      String m = e instanceof NumberFormatException ? "not a number: '" + r.get(name) + "'"
          : e.getMessage();
      throw new TrafficFormatException(source, line, name, m);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
