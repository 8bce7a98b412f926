package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.JsonInput;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one Zeek JSON log ({@code LogAscii::use_json=T}): one object per line with flattened
 * names ({@code "id.orig_h"}), unset fields omitted, containers as arrays, {@code ts} as
 * seconds or, with {@code JSON::TS_ISO8601}, an ISO-8601 string. The log is named by the
 * {@code _path} field when present, else by the file name. Unknown fields are ignored, as Zeek
 * packages add columns freely.
 */
final class ZeekJsonCursor extends LineCursor {
  private static final JsonMapper MAPPER = JsonInput.STRICT_DECIMAL;
  /** Numbers whose scale is beyond this are passed on in scientific notation. */
  private static final int PLAIN_SCALE = 64;


  ZeekJsonCursor(Path file) {
    super(file);
  }

  @Override
  protected Event parseLine(String text) {
    return text.isBlank() ? null : parse(text);
  }


  private Event parse(String text) {
    JsonNode o = JsonInput.tree(MAPPER, text, source, line);
    if (o == null || !o.isObject()) {
      throw new TrafficFormatException(source, line, "", "not a JSON object");
    }
    JsonNode pathNode = o.get("_path");
    String path = pathNode != null && pathNode.isString() ? pathNode.stringValue() : "";
    Optional<ZeekLog> log = path.isEmpty() ? ZeekLog.ofFileName(source) : ZeekLog.ofPath(path);
    if (log.isEmpty()) {
      throw new TrafficFormatException(source, line, "_path", "unknown Zeek log '"
          + (path.isEmpty() ? source : path) + "'; Wormbench reads " + ZeekFiles.knownLogs());
    }
    JsonRow row = new JsonRow(log.get(), o);
    row.line(line);
    return EventSchema.of(log.get().kind()).decode(row);
  }

  /** Field access on one object. */
  private final class JsonRow extends ZeekRow {
    private final JsonNode object;

    JsonRow(ZeekLog log, JsonNode object) {
      super(source, log);
      this.object = object;
    }

    private JsonNode node(int column) {
      ZeekField f = field(column);
      if (f == null) {
        return null;
      }
      JsonNode v = object.get(f.name());
      if (v == null && f.name().startsWith("id.")) {
        JsonNode id = object.get("id");
        v = id == null ? null : id.get(f.name().substring(3));
      }
      return v == null || v.isNull() ? null : v;
    }

    private String text(int column, JsonNode v) {
      if (v.isString()) {
        return v.stringValue();
      }
      if (v.isBoolean()) {
        return v.booleanValue() ? "T" : "F";
      }
      if (v.isNumber()) {
        if (v.isIntegralNumber()) {
          return v.bigIntegerValue().toString();
        }
        // 1e999999999 in plain notation is a billion digits: keep huge exponents scientific.
        java.math.BigDecimal d = v.decimalValue();
        return Math.abs((long) d.scale()) > PLAIN_SCALE ? d.toString() : d.toPlainString();
      }
      throw error(column, "not a scalar: " + v);
    }

    @Override
    String scalar(int column) {
      JsonNode v = node(column);
      return v == null ? null : text(column, v);
    }

    @Override
    List<String> list(int column) {
      JsonNode v = node(column);
      if (v == null) {
        return null;
      }
      if (!v.isArray()) {
        throw error(column, "not an array: " + v);
      }
      List<String> out = new ArrayList<>(v.size());
      for (JsonNode e : v.values()) {
        out.add(text(column, e));
      }
      return out;
    }
  }
}
