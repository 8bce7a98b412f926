package io.wormbench.evaluation.output;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer with two-space indentation and fields in call order, so
 * output files have a stable layout that golden files can seal. Numbers go through
 * {@link Num}; NaN becomes {@code null}.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<boolean[]> first = new ArrayDeque<>();
  private boolean afterName;

  /** Opens an object (as a value or a field value). */
  public JsonWriter beginObject() {
    raw("{");
    first.push(new boolean[] {true});
    return this;
  }

  /** Closes an object. */
  public JsonWriter endObject() {
    return close('}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    raw("[");
    first.push(new boolean[] {true});
    return this;
  }

  /** Closes an array. */
  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes a field name; the next call writes its value. */
  public JsonWriter name(String name) {
    separator();
    out.append(quote(name)).append(": ");
    afterName = true;
    return this;
  }

  /** A string value. */
  public JsonWriter value(String s) {
    return raw(quote(s));
  }

  /** A number value, {@code null} for NaN. */
  public JsonWriter value(double v) {
    String t = Num.format(v);
    return raw(t.isEmpty() ? "null" : t);
  }

  /** An integer value. */
  public JsonWriter value(long v) {
    return raw(Long.toString(v));
  }

  /** A boolean value. */
  public JsonWriter value(boolean v) {
    return raw(Boolean.toString(v));
  }

  /** Shorthand for a string field. */
  public JsonWriter field(String name, String v) {
    return name(name).value(v);
  }

  /** Shorthand for a number field. */
  public JsonWriter field(String name, double v) {
    return name(name).value(v);
  }

  /** Shorthand for an integer field. */
  public JsonWriter field(String name, long v) {
    return name(name).value(v);
  }

  /** A value that is already JSON text. */
  public JsonWriter raw(String json) {
    if (afterName) {
      out.append(json);
      afterName = false;
    } else {
      separator();
      out.append(json);
    }
    return this;
  }

  /** Numbers on one line, {@code [1, 0.5, null]}. */
  public JsonWriter inline(java.util.List<? extends Number> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      String t = Num.format(values.get(i).doubleValue());
      b.append(i == 0 ? "" : ", ").append(t.isEmpty() ? "null" : t);
    }
    return raw(b.append(']').toString());
  }

  private JsonWriter close(char c) {
    boolean empty = first.pop()[0];
    if (!empty) {
      newline();
    }
    out.append(c);
    return this;
  }

  private void separator() {
    if (first.isEmpty()) {
      return;
    }
    boolean[] f = first.peek();
    if (!f[0]) {
      out.append(',');
    }
    f[0] = false;
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(first.size()));
  }

  /** The document, ending with a newline. */
  @Override
  public String toString() {
    return out + "\n";
  }

  /** A JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
