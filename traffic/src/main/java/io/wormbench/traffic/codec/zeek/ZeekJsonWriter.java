package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Zeek JSON logs as Zeek does with {@code LogAscii::use_json=T}: one object per line,
 * flattened names ({@code "id.orig_h"}), columns in Zeek's order, unset and unmodelled fields
 * omitted, times and intervals as seconds with six decimals, containers as arrays.
 */
public final class ZeekJsonWriter extends ZeekLogWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Writes into {@code dir}, creating it if needed. */
  public ZeekJsonWriter(Path dir) {
    super(dir);
  }

  @Override
  void begin(Writer out, ZeekLog log, long firstTs) {}

  @Override
  void end(Writer out, ZeekLog log, long lastTs) {}

  @Override
  void row(Writer out, ZeekLog log, Event e) throws IOException {
    StringWriter line = new StringWriter(256);
    try (JsonGenerator g = MAPPER.createGenerator(line)) {
      g.writeStartObject();
      for (ZeekField f : log.fields()) {
        if (f.mapped()) {
          write(g, f, value(f, e));
        }
      }
      g.writeEndObject();
    }
    out.write(line.append('\n').toString());
  }

  private static void write(JsonGenerator g, ZeekField f, Object v) {
    boolean container = f.container();
    if (f.unsetValue(v)) {
      return;
    }
    g.writeName(f.name());
    if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        if (o instanceof Long l) {
          g.writeNumber(BigDecimal.valueOf(l, 6));
        } else {
          g.writeString((String) o);
        }
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      if (container) {
        g.writeStartArray();
        g.writeString(s);
        g.writeEndArray();
      } else {
        g.writeString(s);
      }
    } else if (f.type().equals("time") || f.type().equals("interval")) {
      g.writeNumber(BigDecimal.valueOf((Long) v, 6));
    } else if (f.type().equals("addr")) {
      g.writeString(Ipv4.format((Integer) v));
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> en) {
      g.writeString(ZeekText.enumName(en));
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else {
      g.writeNumber((Integer) v);
    }
  }
}
