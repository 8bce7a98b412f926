package io.wormbench.traffic.codec.truth;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.time.Timestamps;
import io.wormbench.traffic.truth.HostTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed access to a JSON tree for the truth codec: every getter names the JSON path of the
 * field (e.g. {@code steps[3].stage}) when it is missing or of the wrong type, so a hand-edited
 * truth.json fails with one readable line.
 */
final class Json {
  private final String source;

  Json(String source) {
    this.source = source;
  }

  static String address(int address) {
    return Ipv4.format(address);
  }

  /** Writes {@code name} (ISO UTC) and {@code nameMicros}; both null for NEVER. */
  static void time(ObjectNode o, String name, long micros) {
    if (micros == HostTimeline.NEVER) {
      o.putNull(name);
      o.putNull(name + "Micros");
    } else {
      o.put(name, Micros.iso(micros));
      o.put(name + "Micros", micros);
    }
  }

  TrafficFormatException error(String path, String problem) {
    return new TrafficFormatException(source, 0, path, problem);
  }

  private static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private JsonNode required(JsonNode o, String parent, String name) {
    JsonNode v = o.get(name);
    if (v == null || v.isMissingNode()) {
      throw error(path(parent, name), "missing");
    }
    return v;
  }

  String text(JsonNode o, String parent, String name) {
    JsonNode v = required(o, parent, name);
    if (!v.isString()) {
      throw error(path(parent, name), "must be a string but is " + v);
    }
    return v.stringValue();
  }

  long integer(JsonNode o, String parent, String name) {
    JsonNode v = required(o, parent, name);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw error(path(parent, name), "must be an integer but is " + v);
    }
    return v.longValue();
  }

  /** A whole number that fits an {@code int}; a larger one is an error, never truncated. */
  int intValue(JsonNode o, String parent, String name) {
    long v = integer(o, parent, name);
    if (v != (int) v) {
      throw error(path(parent, name), "must be between " + Integer.MIN_VALUE + " and "
          + Integer.MAX_VALUE + " but is " + v);
    }
    return (int) v;
  }

  double number(JsonNode o, String parent, String name) {
    JsonNode v = required(o, parent, name);
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw error(path(parent, name), "must be a number but is " + v);
    }
    return v.doubleValue();
  }

  /** Reads {@code nameMicros}, in the range of {@link Timestamps}; null means {@link HostTimeline#NEVER}. */
  long time(JsonNode o, String parent, String name) {
    JsonNode v = required(o, parent, name + "Micros");
    if (v.isNull()) {
      return HostTimeline.NEVER;
    }
    long t = integer(o, parent, name + "Micros");
    try {
      return Timestamps.check(t);
    } catch (IllegalArgumentException e) {
      throw error(path(parent, name + "Micros"), e.getMessage());
    }
  }

  int address(JsonNode o, String parent, String name) {
    String text = text(o, parent, name);
    try {
      return Ipv4.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(path(parent, name), e.getMessage());
    }
  }

  <E extends Enum<E>> E enumValue(JsonNode o, String parent, String name, Class<E> type) {
    String text = text(o, parent, name);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error(path(parent, name), "unknown " + type.getSimpleName() + " '" + text + "'");
    }
  }

  List<String> texts(JsonNode o, String parent, String name) {
    JsonNode v = required(o, parent, name);
    if (!v.isArray()) {
      throw error(path(parent, name), "must be an array but is " + v);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isString()) {
        throw error(path(parent, name) + "[" + i + "]", "must be a string but is " + v.get(i));
      }
      out.add(v.get(i).stringValue());
    }
    return out;
  }

  /** Calls {@code body} with each object of array {@code name} and its path. */
  void each(JsonNode o, String parent, String name, BiConsumer<JsonNode, String> body) {
    JsonNode v = required(o, parent, name);
    if (!v.isArray()) {
      throw error(path(parent, name), "must be an array but is " + v.getNodeType());
    }
    for (int i = 0; i < v.size(); i++) {
      String p = path(parent, name) + "[" + i + "]";
      if (!v.get(i).isObject()) {
        throw error(p, "must be an object");
      }
      body.accept(v.get(i), p);
    }
  }

  /** Turns a record constructor's validation error into a format error at {@code path}. */
  <T> T wrap(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw error(path, e.getMessage());
    }
  }
}
