package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Alerts of any other CSV (with a header) or JSON-lines file, read through a {@link ColumnMap}.
 * Time is numeric (unit detected) or ISO-8601; the entity is {@code host} when mapped, else
 * the internal endpoint of {@code src}/{@code dst} ({@link Endpoints}); score is the mapped
 * column over {@code scoreMax} and must land in [0, 1]; detector {@code external} unless the
 * map or the options name it.
 */
public final class MappedAlertReader implements AlertReader {
  private final AlertReader delegate;

  /** A reader over {@code in}; the options must carry a mapping. */
  public MappedAlertReader(BufferedReader in, String source, AlertReadOptions options) {
    ColumnMap map = options.mapping().orElseThrow(() -> new TrafficFormatException(source, 0,
        "", "the mapped format needs --map ts=<column>,host=<column>,..."));
    try {
      in.mark(1);
      int c = in.read();
      in.reset();
      delegate = c == '{' ? new Json(in, source, options, map) : new Csv(in, source, options, map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  @Override
  public Optional<ToolAlert> next() {
    return delegate.next();
  }

  @Override
  public long skipped() {
    return delegate.skipped();
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Builds an alert from mapped field values ({@code null} when absent). */
  static ToolAlert build(Function<String, String> value, ColumnMap map, AlertReadOptions options,
      long line, FieldFailure fail) {
    long ts;
    try {
      ts = EpochTime.parse(require(value, map, "ts", fail));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw fail.at(map.column("ts").orElseThrow(), e.getMessage());
    }
    int src = address(value, map, "src", fail);
    int dst = address(value, map, "dst", fail);
    int host = address(value, map, "host", fail);
    int peer = address(value, map, "peer", fail);
    if (host == Ipv4.NONE) {
      int[] e = Endpoints.entity(src, dst, options.internal());
      host = e[0];
      peer = peer == Ipv4.NONE ? e[1] : peer;
    }
    if (host == Ipv4.NONE) {
      throw fail.at(map.column("host").or(() -> map.column("src")).orElseThrow(),
          "no host address");
    }
    double score = 1;
    if (map.column("score").isPresent()) {
      String t = require(value, map, "score", fail);
      try {
        score = Double.parseDouble(t) / map.scoreMax();
      } catch (NumberFormatException e) {
        throw fail.at(map.column("score").get(), "not a number: '" + t + "'");
      }
      if (!(score >= 0 && score <= 1)) {
        throw fail.at(map.column("score").get(), "'" + t + "' over scoreMax "
            + map.scoreMax() + " is not in [0,1]");
      }
    }
    String detector = optional(value, map, "detector");
    Alert a = new Alert(detector.isEmpty() ? options.detectorOr("external") : detector, ts, host,
        peer, score, optional(value, map, "technique"), optional(value, map, "evidence"));
    FlowKey key = new FlowKey(optional(value, map, "community_id"), optional(value, map, "uid"),
        src, port(value, map, "sport", fail), dst, port(value, map, "dport", fail),
        Protocols.number(optional(value, map, "proto")));
    return new ToolAlert(a, key, line);
  }

  private static String require(Function<String, String> value, ColumnMap map, String key,
      FieldFailure fail) {
    String column = map.column(key).orElseThrow();
    String v = value.apply(column);
    if (v == null || v.isEmpty()) {
      throw fail.at(column, "missing");
    }
    return v;
  }

  private static String optional(Function<String, String> value, ColumnMap map, String key) {
    return map.column(key).map(value).orElse("");
  }

  private static int address(Function<String, String> value, ColumnMap map, String key,
      FieldFailure fail) {
    String t = optional(value, map, key);
    if (t == null || t.isEmpty()) {
      return Ipv4.NONE;
    }
    try {
      return Ipv4.parse(t);
    } catch (IllegalArgumentException e) {
      throw fail.at(map.column(key).get(), e.getMessage());
    }
  }

  private static int port(Function<String, String> value, ColumnMap map, String key,
      FieldFailure fail) {
    String t = optional(value, map, key);
    if (t == null || t.isEmpty()) {
      return -1;
    }
    try {
      int p = Integer.parseInt(t);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw fail.at(map.column(key).get(), "not a port: '" + t + "'");
  }

  /** Mapped JSON lines. */
  private static final class Json extends JsonAlertLines {
    private final ColumnMap map;

    Json(BufferedReader in, String source, AlertReadOptions options, ColumnMap map) {
      super(in, source, options);
      this.map = map;
    }

    @Override
    Optional<ToolAlert> convert(JsonNode r) {
      return Optional.of(build(path -> {
        JsonNode n = at(r, path);
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asString();
      }, map, options, line, this::fail));
    }
  }

  /** Mapped CSV with a header row. */
  private static final class Csv implements AlertReader {
    private final String source;
    private final AlertReadOptions options;
    private final ColumnMap map;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;

    Csv(BufferedReader in, String source, AlertReadOptions options, ColumnMap map) {
      this.source = source;
      this.options = options;
      this.map = map;
      CSVFormat format = AlertCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
      try {
        this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        throw new TrafficFormatException(source, 1, "", "malformed CSV header: " + e.getMessage());
      }
      for (String column : map.columns().values()) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new TrafficFormatException(source, 1, column, "no such column in the header");
        }
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
      return Optional.of(build(c -> r.isSet(c) ? r.get(c) : null, map, options, line,
          (field, problem) -> new TrafficFormatException(source, line, field, problem)));
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
}
