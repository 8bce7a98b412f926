package io.wormbench.evaluation.report.input;

import io.wormbench.evaluation.report.Estimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads fields of a run-folder JSON file leniently about notation (numbers or strings for
 * times and addresses, camelCase or snake_case names) but strictly about meaning: a field of
 * the wrong type fails naming the file and the JSON path ({@code truth.json: steps[3].start}).
 */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  final String file;

  private Json(String file) {
    this.file = file;
  }

  /** Parses {@code path}; returns the root node and a reader bound to the file name. */
  static JsonNode read(Path path) {
    try {
      return MAPPER.readTree(path);
    } catch (JacksonException e) {
      throw new ReportInputException(path.getFileName() + ": not valid JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  static Json of(Path path) {
    return new Json(path.getFileName().toString());
  }

  /** The child {@code name}, also trying its snake_case spelling; missing node if absent. */
  static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.path(name);
    if (v.isMissingNode()) {
      v = node.path(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
    }
    return v;
  }

  String text(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    if (v.isMissingNode() || v.isNull()) {
      return "";
    }
    if (v.isContainer()) {
      throw error(path + "." + name, "must be text");
    }
    return v.asString();
  }

  double number(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    if (v.isMissingNode() || v.isNull()) {
      return Double.NaN;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isString() && v.asString().equalsIgnoreCase("NaN")) {
      return Double.NaN;
    }
    throw error(path + "." + name, "must be a number");
  }

  long integer(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    if (!v.isIntegralNumber()) {
      throw error(path + "." + name, "must be an integer");
    }
    return v.asLong();
  }

  /** A time in microseconds: integer micros, ISO-8601 text, or absent/null meaning never. */
  long time(JsonNode node, String name, String path) {
    // truth.json writes each time twice; the raw microseconds are authoritative.
    if (node.path(name + "Micros").isIntegralNumber()) {
      return node.path(name + "Micros").asLong();
    }
    JsonNode v = field(node, name);
    if (v.isMissingNode() || v.isNull()) {
      return Long.MAX_VALUE;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    try {
      return Times.parse(v.asString());
    } catch (IllegalArgumentException e) {
      throw error(path + "." + name, e.getMessage());
    }
  }

  /** An address: dotted text, or an int (IPv4 as a signed 32-bit value). */
  String address(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    if (v.isIntegralNumber()) {
      return io.wormbench.traffic.net.Ipv4.format((int) v.asLong());
    }
    return text(node, name, path);
  }

  /**
   * A metric: a bare number, or an object with {@code mean} and {@code ci95Low}/{@code ci95High}
   * (SCHEMA.md), {@code low}/{@code high} or a two-element {@code ci95}; absent or null is
   * undefined.
   */
  Estimate estimate(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    String p = path + "." + name;
    if (v.isMissingNode() || v.isNull()) {
      return Estimate.NONE;
    }
    if (!v.isObject()) {
      return Estimate.of(number(node, name, path));
    }
    double mean = number(v, "mean", p);
    JsonNode ci = field(v, "ci95");
    if (ci.isArray()) {
      if (ci.size() != 2) {
        throw error(p + ".ci95", "must hold two numbers");
      }
      return new Estimate(mean, num(ci.get(0), p + ".ci95[0]"), num(ci.get(1), p + ".ci95[1]"));
    }
    double low = field(v, "ci95Low").isMissingNode() ? number(v, "low", p)
        : number(v, "ci95Low", p);
    double high = field(v, "ci95High").isMissingNode() ? number(v, "high", p)
        : number(v, "ci95High", p);
    return new Estimate(mean, low, high);
  }

  List<String> strings(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    List<String> out = new ArrayList<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw error(path + "." + name, "must be a list");
    }
    for (JsonNode e : v) {
      out.add(e.isIntegralNumber() && name.toLowerCase(java.util.Locale.ROOT).contains("host")
          ? io.wormbench.traffic.net.Ipv4.format((int) e.asLong()) : e.asString());
    }
    return out;
  }

  List<JsonNode> list(JsonNode node, String name, String path) {
    JsonNode v = field(node, name);
    List<JsonNode> out = new ArrayList<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw error(path + "." + name, "must be a list");
    }
    v.forEach(out::add);
    return out;
  }

  private double num(JsonNode v, String path) {
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isNull()) {
      return Double.NaN;
    }
    throw error(path, "must be a number");
  }

  ReportInputException error(String path, String message) {
    return new ReportInputException(file + ": " + path.replaceFirst("^\\$\\.", "") + ": "
        + message);
  }
}
