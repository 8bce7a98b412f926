package io.wormbench.traffic.codec;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON parsing shared by every JSON reader (JSON lines, Zeek JSON, truth.json). RFC 8259 says
 * names within an object SHOULD be unique and leaves duplicates' meaning open, so Wormbench
 * rejects them (Jackson's STRICT_DUPLICATE_DETECTION) rather than keep the last value as
 * Jackson would; a syntax error becomes one {@link TrafficFormatException} naming the file, the
 * line and, where the parser knows it, the field.
 */
public final class JsonInput {
  /** Strict: duplicate names fail. */
  public static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  /** Strict, with floats as BigDecimal so Zeek's six-decimal times stay exact. */
  public static final JsonMapper STRICT_DECIMAL = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private JsonInput() {}

  /**
   * Parses {@code text}; {@code line} is the line the text starts on, for one-line formats
   * (0 for a whole document, whose error line comes from the parser).
   */
  public static JsonNode tree(JsonMapper mapper, String text, String source, long line) {
    try {
      return mapper.readTree(text);
    } catch (JacksonException e) {
      throw error(e, source, line);
    } catch (NumberFormatException e) {
      // Jackson's number limits (a BigDecimal exponent such as 1e9999999999) throw this, not a
      // JacksonException; found by the zeek-tsv fuzz target.
      throw new TrafficFormatException(source, Math.max(line, 1), numberField(mapper, text),
          "number out of range", e);
    }
  }

  /** The name of the first number in {@code text} that Jackson cannot read, or "". */
  private static String numberField(JsonMapper mapper, String text) {
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
          try {
            p.getDecimalValue();
          } catch (NumberFormatException e) {
            return p.currentName() == null ? "" : p.currentName();
          }
        }
      }
    } catch (JacksonException | NumberFormatException e) {
      return "";
    }
    return "";
  }

  /** The format error for a parser failure. */
  public static TrafficFormatException error(JacksonException e, String source, long line) {
    TokenStreamLocation loc = e.getLocation();
    long at = loc == null || loc.getLineNr() <= 0 ? line : line <= 0 ? loc.getLineNr()
        : line + loc.getLineNr() - 1;
    String msg = String.valueOf(e.getOriginalMessage());
    if (msg.startsWith("Duplicate Object property") && e.processor() instanceof JsonParser p) {
      TokenStreamContext ctx = p.streamReadContext();
      String name = ctx == null || ctx.currentName() == null ? "" : ctx.currentName();
      return new TrafficFormatException(source, at, name, "appears twice in one object", e);
    }
    // A syntax error has no field of its own: the parser's last name would mislead.
    return new TrafficFormatException(source, at, "", "not JSON: " + msg, e);
  }
}
