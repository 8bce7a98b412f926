package io.wormbench.traffic.codec.jsonl;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events as JSON lines (https://jsonlines.org/): one compact object per line, {@code \n}
 * after each, UTF-8. Each object starts with {@code "kind"} ({@link
 * io.wormbench.traffic.event.EventKind#logName()}) followed by the kind's
 * {@link EventSchema} columns in order: {@code ts} in integer microseconds since the epoch,
 * {@code uid}, {@code orig_h}/{@code resp_h} as dotted quads, ports, then the record's own
 * fields (durations in microseconds, booleans as JSON booleans, enums by constant name, DNS
 * answers as an array). Field order is fixed, so equal streams give equal bytes.
 */
public final class JsonLinesWriter implements EventWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Writer out;
  private final JsonGenerator gen;
  private boolean any;

  /** Creates or replaces {@code file}. */
  public JsonLinesWriter(Path file) {
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    this.gen = MAPPER.writer().with(new MinimalPrettyPrinter("\n")).createGenerator(out);
  }

  @Override
  public void accept(Event e) {
    List<Column> columns = EventSchema.of(e.kind()).columns();
    gen.writeStartObject();
    gen.writeStringProperty("kind", e.kind().logName());
    for (Column c : columns) {
      gen.writeName(c.name());
      Object v = c.get(e);
      switch (c.type()) {
        case TIME, COUNT, INTERVAL -> gen.writeNumber((Long) v);
        case INT, PORT -> gen.writeNumber((Integer) v);
        case ADDR -> gen.writeString(Ipv4.format((Integer) v));
        case BOOL -> gen.writeBoolean((Boolean) v);
        case STRING -> gen.writeString((String) v);
        case ENUM -> gen.writeString(((Enum<?>) v).name());
        case STRINGS -> {
          gen.writeStartArray();
          for (Object s : (List<?>) v) {
            gen.writeString((String) s);
          }
          gen.writeEndArray();
        }
        case INTERVALS -> {
          gen.writeStartArray();
          for (Object n : (List<?>) v) {
            gen.writeNumber((Long) n);
          }
          gen.writeEndArray();
        }
        default -> throw new IllegalStateException(c.type().name());
      }
    }
    gen.writeEndObject();
    any = true;
  }

  @Override
  public void close() {
    try {
      gen.flush();
      if (any) {
        out.write('\n');
      }
      gen.close();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
