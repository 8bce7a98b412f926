package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared half of every JSON-lines alert reader (Suricata EVE, Zeek JSON notices, Slips,
 * nDPI, mapped JSON): one JSON object per line, blank lines skipped, a line that is not an
 * object failing with its line number; subclasses turn one object into an alert or skip it.
 */
abstract class JsonAlertLines implements AlertReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  final String source;
  final AlertReadOptions options;
  private final BufferedReader in;
  long line;
  private long skipped;

  JsonAlertLines(BufferedReader in, String source, AlertReadOptions options) {
    this.in = in;
    this.source = source;
    this.options = options;
  }

  /** The alert of one record, or empty when the record is no alert. */
  abstract Optional<ToolAlert> convert(JsonNode record);

  @Override
  public final Optional<ToolAlert> next() {
    while (true) {
      String text;
      try {
        text = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
      if (text == null) {
        return Optional.empty();
      }
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(text);
      } catch (JacksonException e) {
        throw fail("", "not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw fail("", "not a JSON object");
      }
      Optional<ToolAlert> a = convert(node);
      if (a.isPresent()) {
        return a;
      }
    }
  }

  @Override
  public long skipped() {
    return skipped;
  }

  /** Counts a record that is an alert but cannot be scored (an IPv6 flow). */
  final Optional<ToolAlert> skip() {
    skipped++;
    return Optional.empty();
  }

  @Override
  public final void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  final TrafficFormatException fail(String field, String problem) {
    return new TrafficFormatException(source, line, field, problem);
  }

  /** The node at a dotted path ({@code alert.severity}), a literal dotted key first. */
  static JsonNode at(JsonNode record, String path) {
    JsonNode literal = record.get(path);
    if (literal != null) {
      return literal;
    }
    JsonNode n = record;
    for (String part : path.split("\\.")) {
      if (n != null && n.isArray() && !part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
        n = part.length() > 6 ? null : n.get(Integer.parseInt(part));
      } else {
        n = n == null ? null : n.get(part);
      }
    }
    return n;
  }

  final String text(JsonNode record, String path) {
    JsonNode n = at(record, path);
    if (n == null || n.isNull()) {
      throw fail(path, "missing");
    }
    if (!n.isValueNode()) {
      throw fail(path, "not a value: " + abbreviate(n.toString()));
    }
    return n.asString();
  }

  final String textOr(JsonNode record, String path, String fallback) {
    JsonNode n = at(record, path);
    return n == null || n.isNull() ? fallback : text(record, path);
  }

  /** An IPv4 address, {@link Ipv4#NONE} when absent, empty for an IPv6 address. */
  final Optional<Integer> address(JsonNode record, String path) {
    String t = textOr(record, path, "");
    if (t.isEmpty()) {
      return Optional.of(Ipv4.NONE);
    }
    if (t.indexOf(':') >= 0) {
      return Optional.empty(); // IPv6: Wormbench's truth is IPv4, counted as skipped
    }
    try {
      return Optional.of(Ipv4.parse(t));
    } catch (IllegalArgumentException e) {
      throw fail(path, e.getMessage());
    }
  }

  final int port(JsonNode record, String path) {
    JsonNode n = at(record, path);
    if (n == null || n.isNull()) {
      return -1;
    }
    if (!n.canConvertToInt() || n.asInt() < 0 || n.asInt() > 65535) {
      throw fail(path, "not a port: " + abbreviate(n.toString()));
    }
    return n.asInt();
  }

  final double number(JsonNode record, String path) {
    JsonNode n = at(record, path);
    if (n == null || n.isNull()) {
      throw fail(path, "missing");
    }
    double d;
    if (n.isNumber()) {
      d = n.asDouble();
    } else {
      try {
        d = Double.parseDouble(n.asString());
      } catch (NumberFormatException e) {
        throw fail(path, "not a number: " + abbreviate(n.toString()));
      }
    }
    if (!Double.isFinite(d)) {
      throw fail(path, "not a finite number: " + abbreviate(n.toString()));
    }
    return d;
  }

  /** A time field, numeric (unit detected) or ISO-8601. */
  final long time(JsonNode record, String path) {
    JsonNode n = at(record, path);
    if (n == null || n.isNull()) {
      throw fail(path, "missing");
    }
    String t = n.isNumber() ? n.numberValue().toString() : n.asString();
    try {
      return EpochTime.parse(t);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw fail(path, e.getMessage());
    }
  }

  static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
