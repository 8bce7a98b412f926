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
 *
 * <p>A third-party file may add the flow the alert is about in trailing columns
 * {@link #FLOW_COLUMNS} ({@code uid}, {@code community_id}, either or both, in that order), so
 * it is matched at flow level as an EVE file is; empty cells name no flow.
 */
public final class AlertCsvReader implements AlertReader {
  private final String source;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final boolean uidColumn;
  private final boolean communityIdColumn;
  private final int columns;

  /** Optional trailing flow-key columns, in this order. */
  public static final List<String> FLOW_COLUMNS = List.of("uid", "community_id");

  /** True for {@link AlertCsv#HEADER} alone or followed by some of {@link #FLOW_COLUMNS}. */
  public static boolean acceptsHeader(List<String> header) {
    if (header.size() < AlertCsv.HEADER.size()
        || !header.subList(0, AlertCsv.HEADER.size()).equals(AlertCsv.HEADER)) {
      return false;
    }
    List<String> extra = header.subList(AlertCsv.HEADER.size(), header.size());
    return extra.isEmpty() || extra.equals(FLOW_COLUMNS) || extra.equals(List.of("uid"))
        || extra.equals(List.of("community_id"));
  }

  /** A reader over {@code in}; the header must be exactly {@link AlertCsv#HEADER}. */
  public AlertCsvReader(BufferedReader in, String source, AlertReadOptions options) {
    this.source = source;
    CSVFormat format = AlertCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    try {
      this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
    } catch (IOException | UncheckedIOException e) {
      throw new TrafficFormatException(source, 1, "", "malformed CSV header: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      // Commons CSV's answer to an empty or repeated header name (fuzz reproducer 07).
      throw new TrafficFormatException(source, 1, "", "header must be "
          + String.join(",", AlertCsv.HEADER) + ": " + e.getMessage());
    }
    List<String> header = parser.getHeaderNames();
    if (!acceptsHeader(header)) {
      throw new TrafficFormatException(source, 1, "", "header must be "
          + String.join(",", AlertCsv.HEADER) + " (optionally followed by uid,community_id)"
          + " but is " + String.join(",", header));
    }
    this.uidColumn = header.contains("uid");
    this.communityIdColumn = header.contains("community_id");
    this.columns = header.size();
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
    if (r.size() != columns) {
      throw new TrafficFormatException(source, line, "",
          "expected " + columns + " fields but found " + r.size());
    }
    long ts = field(r, line, "ts", () -> EpochTime.parseNumber(r.get("ts")));
    String iso = r.get("time");
    // Wormbench's own files write exactly Micros.iso(ts): no need to parse them back.
    if (!iso.isEmpty() && !iso.equals(io.wormbench.traffic.time.Micros.iso(ts))) {
      long named = field(r, line, "time", () -> EpochTime.parseIso(iso));
      long tolerance = EpochTime.resolution(r.get("ts"));
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
    String uid = uidColumn ? r.get("uid") : "";
    String communityId = communityIdColumn ? r.get("community_id") : "";
    FlowKey flow = uid.isEmpty() && communityId.isEmpty() ? FlowKey.NONE
        : new FlowKey(communityId, uid, Ipv4.NONE, -1, Ipv4.NONE, -1, 0);
    return Optional.of(new ToolAlert(a, flow, line));
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
