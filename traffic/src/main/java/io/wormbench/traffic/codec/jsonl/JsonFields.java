package io.wormbench.traffic.codec.jsonl;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.FieldReader;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Timestamps;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A {@link FieldReader} over one JSON-lines object, by the columns of its kind's schema.
 * Types are strict (a count must be a JSON integer, a boolean a JSON boolean) so that a file
 * written by another tool with, say, float seconds fails loudly instead of being misread.
 */
final class JsonFields implements FieldReader {
  private final String source;
  private final long line;
  private final List<Column> columns;
  private final JsonNode object;

  JsonFields(String source, long line, List<Column> columns, JsonNode object) {
    this.source = source;
    this.line = line;
    this.columns = columns;
    this.object = object;
  }

  TrafficFormatException error(int column, String problem) {
    return new TrafficFormatException(source, line, columns.get(column).name(), problem);
  }

  private JsonNode node(int column) {
    JsonNode v = object.get(columns.get(column).name());
    if (v == null) {
      throw error(column, "missing");
    }
    return v;
  }

  private long integral(int column, String what, long min, long max) {
    JsonNode v = node(column);
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min
        || v.longValue() > max) {
      throw error(column, what + ": " + v);
    }
    return v.longValue();
  }

  @Override
  public long time(int column) {
    long v = integral(column, "not a time in microseconds", Long.MIN_VALUE, Long.MAX_VALUE);
    try {
      return Timestamps.check(v);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public String string(int column) {
    JsonNode v = node(column);
    if (!v.isString()) {
      throw error(column, "not a string: " + v);
    }
    return v.stringValue();
  }

  @Override
  public long count(int column) {
    return integral(column, "not a count", 0, Long.MAX_VALUE);
  }

  @Override
  public int integer(int column) {
    return (int) integral(column, "not an integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Override
  public int port(int column) {
    return (int) integral(column, "not a port", 0, 65535);
  }

  @Override
  public int address(int column) {
    String text = string(column);
    try {
      return Ipv4.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public boolean bool(int column) {
    JsonNode v = node(column);
    if (!v.isBoolean()) {
      throw error(column, "not a boolean: " + v);
    }
    return v.booleanValue();
  }

  @Override
  public List<String> strings(int column) {
    JsonNode v = node(column);
    if (!v.isArray()) {
      throw error(column, "not an array: " + v);
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode s : v.values()) {
      if (!s.isString()) {
        throw error(column, "not an array of strings: " + v);
      }
      out.add(s.stringValue());
    }
    return out;
  }

  @Override
  public List<Long> intervals(int column) {
    JsonNode v = node(column);
    if (!v.isArray()) {
      throw error(column, "not an array: " + v);
    }
    List<Long> out = new ArrayList<>(v.size());
    for (JsonNode n : v.values()) {
      if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
        throw error(column, "not an array of microsecond intervals: " + v);
      }
      out.add(n.longValue());
    }
    return out;
  }

  @Override
  public <E extends Enum<E>> E enumValue(int column, Class<E> type) {
    String text = string(column);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error(column, "unknown " + type.getSimpleName() + ": '" + text + "'");
    }
  }
}
