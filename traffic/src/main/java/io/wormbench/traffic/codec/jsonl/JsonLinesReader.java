package io.wormbench.traffic.codec.jsonl;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.JsonInput;
import io.wormbench.traffic.codec.Utf8Reader;
import io.wormbench.traffic.codec.ParsedEventSource;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.time.Micros;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the events of a JSON-lines file written by {@link JsonLinesWriter}, one line at a
 * time (blank lines are skipped). A line that is not JSON, lacks a field, carries an unknown
 * field or a value of the wrong type fails with a {@link TrafficFormatException} naming the
 * file, line and field; events must be in non-decreasing {@code ts} order.
 */
public final class JsonLinesReader extends ParsedEventSource {
  private static final JsonMapper MAPPER = JsonInput.STRICT;

  private final String source;
  private final BufferedReader in;
  private long line;

  /** Opens {@code file}. */
  public JsonLinesReader(Path file) {
    this.source = Texts.fileName(file);
    this.in = Utf8Reader.open(file);
  }

  @Override
  protected Event parseNext() {
    String text;
    try {
      do {
        text = in.readLine();
        line++;
      } while (text != null && text.isBlank());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return text == null ? null : parse(text);
  }

  private Event parse(String text) {
    JsonNode o = JsonInput.tree(MAPPER, text, source, line);
    if (o == null || !o.isObject()) {
      throw new TrafficFormatException(source, line, "", "not a JSON object");
    }
    JsonNode kindNode = o.get("kind");
    if (kindNode == null || !kindNode.isString()) {
      throw new TrafficFormatException(source, line, "kind", "missing");
    }
    EventKind kind;
    try {
      kind = EventKind.ofLogName(kindNode.stringValue());
    } catch (IllegalArgumentException e) {
      throw new TrafficFormatException(source, line, "kind", e.getMessage());
    }
    List<Column> columns = EventSchema.of(kind).columns();
    if (o.size() != columns.size() + 1) {
      checkNoUnknownField(o, kind, columns);
    }
    JsonFields fields = new JsonFields(source, line, columns, o);
    try {
      return EventSchema.of(kind).decode(fields);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new TrafficFormatException(source, line, "", e.getMessage());
    }
  }

  /** Only called when the field count is off, so the common case stays a size check. */
  private void checkNoUnknownField(JsonNode o, EventKind kind, List<Column> columns) {
    for (Map.Entry<String, JsonNode> field : o.properties()) {
      String name = field.getKey();
      if (!name.equals("kind") && columns.stream().noneMatch(c -> c.name().equals(name))) {
        throw new TrafficFormatException(source, line, name,
            "unknown field for kind " + kind.logName());
      }
    }
  }

  @Override
  protected TrafficFormatException outOfOrder(long ts, long previous) {
    return new TrafficFormatException(source, line, "ts", "time goes backwards: "
        + Micros.iso(ts) + " after " + Micros.iso(previous));
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
