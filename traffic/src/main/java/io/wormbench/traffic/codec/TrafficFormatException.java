package io.wormbench.traffic.codec;

/**
 * Malformed input to a traffic codec: a Zeek log, a JSON-lines or CSV event file, an
 * alerts.csv or a truth file. The message is one line naming the file, the line (when the
 * format has lines), the field and the problem, e.g.
 * {@code conn.log: line 12: field 'orig_bytes': not a count: 'abc'}, so a command line can print
 * it as is instead of a stack trace.
 */
public final class TrafficFormatException extends RuntimeException implements io.wormbench.traffic.BadInput {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;
  private final String problem;

  /**
   * A problem at {@code line} (1-based; 0 when the format has no lines) of {@code source}, in
   * {@code field} (empty when the whole line is wrong).
   */
  public TrafficFormatException(String source, long line, String field, String problem) {
    super(message(source, line, field, problem));
    this.source = source;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** As {@link #TrafficFormatException(String, long, String, String)}, keeping the cause. */
  public TrafficFormatException(String source, long line, String field, String problem,
      Throwable cause) {
    this(source, line, field, problem);
    initCause(cause);
  }

  private static String message(String source, long line, String field, String problem) {
    StringBuilder b = new StringBuilder(printable(source, MAX_PART));
    if (line > 0) {
      b.append(": line ").append(line);
    }
    if (!field.isEmpty()) {
      b.append(": field '").append(printable(field, MAX_FIELD)).append('\'');
    }
    return b.append(": ").append(printable(problem, MAX_PART)).toString();
  }

  /** Longest field name and problem text printed; hostile input can be megabytes. */
  private static final int MAX_FIELD = 100;
  private static final int MAX_PART = 8000;

  /**
   * Keeps the message on one printable line whatever text the input contained: line breaks,
   * tabs and other control characters (a terminal escape in a hostile field name) are escaped,
   * and over-long text is cut with "...".
   */
  public static String printable(String text, int max) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length() && b.length() < max; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    if (b.length() >= max && text.length() > max) {
      b.append("...");
    }
    return b.toString();
  }

  /** The file (or stream name) the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the format has no lines. */
  public long line() {
    return line;
  }

  /** What is wrong, without the file, line and field. */
  public String problem() {
    return problem;
  }

  /** The field at fault, empty when the whole line is wrong. */
  public String field() {
    return field;
  }
}
