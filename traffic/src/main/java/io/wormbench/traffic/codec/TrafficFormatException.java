package io.wormbench.traffic.codec;

/**
 * Malformed input to a traffic codec: a Zeek log, a JSON-lines or CSV event file, an
 * alerts.csv or a truth file. The message is one line naming the file, the line (when the
 * format has lines), the field and the problem, e.g.
 * {@code conn.log: line 12: field 'orig_bytes': not a count: 'abc'}, so a command line can print
 * it as is instead of a stack trace.
 */
public final class TrafficFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;

  /**
   * A problem at {@code line} (1-based; 0 when the format has no lines) of {@code source}, in
   * {@code field} (empty when the whole line is wrong).
   */
  public TrafficFormatException(String source, long line, String field, String problem) {
    super(message(source, line, field, problem));
    this.source = source;
    this.line = line;
    this.field = field;
  }

  /** As {@link #TrafficFormatException(String, long, String, String)}, keeping the cause. */
  public TrafficFormatException(String source, long line, String field, String problem,
      Throwable cause) {
    this(source, line, field, problem);
    initCause(cause);
  }

  private static String message(String source, long line, String field, String problem) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(": line ").append(line);
    }
    if (!field.isEmpty()) {
      b.append(": field '").append(field).append('\'');
    }
    return b.append(": ").append(oneLine(problem)).toString();
  }

  /** Keeps the message on one line whatever text the input contained. */
  private static String oneLine(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** The file (or stream name) the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the format has no lines. */
  public long line() {
    return line;
  }

  /** The field at fault, empty when the whole line is wrong. */
  public String field() {
    return field;
  }
}
