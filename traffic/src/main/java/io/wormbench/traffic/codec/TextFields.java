package io.wormbench.traffic.codec;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Timestamps;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FieldReader} over one row of text cells, with the conventions of Wormbench's own
 * CSV: times and durations in integer microseconds, {@code true}/{@code false}, enum constant
 * names, dotted addresses, and lists joined by {@code |} with {@code %} escapes ({@code %7C}
 * for a bar, {@code %25} for a percent sign, {@code %E} for an empty element). Format readers
 * with other conventions (Zeek) override the parsers. Every failure names the field.
 */
public class TextFields implements FieldReader {
  /** The list separator of {@link #joinList}. */
  public static final char LIST_SEPARATOR = '|';

  private final String source;
  private final String[] names;
  private long line;
  private String[] cells;

  /** Cells of a row of {@code source}; {@code names[i]} is column i's name in the file. */
  public TextFields(String source, String[] names) {
    this.source = source;
    this.names = names.clone();
  }

  /** Points the reader at the row on {@code line} whose cell i is column i (null: absent). */
  public void reset(long line, String[] cells) {
    this.line = line;
    this.cells = cells;
  }

  /** The current line. */
  public long line() {
    return line;
  }

  /** A format error on the current line in column {@code column}. */
  public TrafficFormatException error(int column, String problem) {
    return new TrafficFormatException(source, line, names[column], problem);
  }

  /** The raw text of column {@code column}, null when the file lacks the column. */
  private String cell(int column) {
    return cells[column];
  }

  @Override
  public long time(int column) {
    long v = parseLong(column, "not a time in microseconds");
    try {
      return Timestamps.check(v);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public String string(int column) {
    String c = cell(column);
    return c == null ? "" : c;
  }

  @Override
  public long count(int column) {
    long v = parseLong(column, "not a count");
    if (v < 0) {
      throw error(column, "not a count: '" + cell(column) + "'");
    }
    return v;
  }

  @Override
  public int integer(int column) {
    long v = parseLong(column, "not an integer");
    if (v != (int) v) {
      throw error(column, "not an integer: '" + cell(column) + "'");
    }
    return (int) v;
  }

  @Override
  public int port(int column) {
    long v = parseLong(column, "not a port");
    if (v < 0 || v > 65535) {
      throw error(column, "not a port: '" + cell(column) + "'");
    }
    return (int) v;
  }

  @Override
  public int address(int column) {
    String c = string(column);
    try {
      return Ipv4.parse(c);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public boolean bool(int column) {
    String c = string(column);
    if (c.equals("true")) {
      return true;
    }
    if (c.equals("false")) {
      return false;
    }
    throw error(column, "not a boolean: '" + c + "'");
  }

  @Override
  public List<String> strings(int column) {
    return splitList(string(column));
  }

  @Override
  public List<Long> intervals(int column) {
    List<Long> out = new ArrayList<>();
    for (String part : splitList(string(column))) {
      try {
        long v = Long.parseLong(part);
        if (v >= 0) {
          out.add(v);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below with the field's name
      }
      throw error(column, "not a list of microsecond intervals: '" + cell(column) + "'");
    }
    return out;
  }

  @Override
  public <E extends Enum<E>> E enumValue(int column, Class<E> type) {
    return parseEnum(column, string(column), type);
  }

  /** Parses an enum constant name, naming the allowed type on failure. */
  private <E extends Enum<E>> E parseEnum(int column, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error(column, "unknown " + type.getSimpleName() + ": '" + text + "'");
    }
  }

  /** Parses a decimal long or fails with {@code "<what>: '<text>'"}. */
  private long parseLong(int column, String what) {
    String c = string(column);
    try {
      return Long.parseLong(c);
    } catch (NumberFormatException e) {
      throw error(column, what + ": '" + c + "'");
    }
  }

  /** Joins a list as this class's CSV convention writes it. */
  public static String joinList(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (i > 0) {
        b.append(LIST_SEPARATOR);
      }
      b.append(v.isEmpty() ? "%E" : v.replace("%", "%25").replace("|", "%7C"));
    }
    return b.toString();
  }

  /** The inverse of {@link #joinList}. */
  public static List<String> splitList(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    int from = 0;
    while (true) {
      int bar = text.indexOf(LIST_SEPARATOR, from);
      String part = text.substring(from, bar < 0 ? text.length() : bar);
      out.add(part.equals("%E") ? "" : part.replace("%7C", "|").replace("%25", "%"));
      if (bar < 0) {
        return out;
      }
      from = bar + 1;
    }
  }
}
