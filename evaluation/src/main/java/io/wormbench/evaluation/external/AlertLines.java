package io.wormbench.evaluation.external;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts as JSON lines (https://jsonlines.org/), what a stream detector writes on stdout: one
 * object per line with {@code ts} (integer microseconds since the epoch, like alerts.csv),
 * {@code host} (dotted quad), optional {@code peer}, {@code score} in [0, 1], {@code technique}
 * (ATT&CK id) and optional {@code evidence}. Blank lines are skipped; anything else that is not
 * such an object fails naming the line and field.
 *
 * <pre>{"ts":1772503200000000,"host":"10.1.2.3","score":0.9,"technique":"T1496"}</pre>
 */
public final class AlertLines {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private AlertLines() {}

  /** Reads every alert of {@code in}, naming them {@code detector}; {@code source} in errors. */
  public static List<Alert> read(Reader in, String detector, String source) throws IOException {
    List<Alert> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    long n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (!line.isBlank()) {
        out.add(parse(line, detector, source, n));
      }
    }
    return out;
  }

  static Alert parse(String line, String detector, String source, long n) {
    JsonNode o;
    try {
      o = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new TrafficFormatException(source, n, "", "not a JSON object: "
          + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      throw new TrafficFormatException(source, n, "", "not a JSON object");
    }
    JsonNode ts = o.get("ts");
    if (ts == null || !ts.isIntegralNumber()) {
      throw new TrafficFormatException(source, n, "ts", "must be integer microseconds since the "
          + "epoch");
    }
    JsonNode score = o.get("score");
    if (score == null || !score.isNumber() || !(score.asDouble() >= 0 && score.asDouble() <= 1)) {
      throw new TrafficFormatException(source, n, "score", "must be a number in [0, 1]");
    }
    return new Alert(detector, ts.asLong(), address(o, "host", source, n, false),
        address(o, "peer", source, n, true), score.asDouble(), text(o, "technique", source, n,
            false), text(o, "evidence", source, n, true));
  }

  private static int address(JsonNode o, String field, String source, long n, boolean optional) {
    String t = text(o, field, source, n, optional);
    if (t.isEmpty()) {
      return Ipv4.NONE;
    }
    try {
      return Ipv4.parse(t);
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, n, field, "not an IPv4 address: '" + t + "'");
    }
  }

  private static String text(JsonNode o, String field, String source, long n, boolean optional) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (optional) {
        return "";
      }
      throw new TrafficFormatException(source, n, field, "missing");
    }
    if (!v.isString()) {
      throw new TrafficFormatException(source, n, field, "must be a string");
    }
    return v.asString();
  }
}
