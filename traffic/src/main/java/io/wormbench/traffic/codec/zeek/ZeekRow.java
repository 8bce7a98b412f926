package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.codec.Column;
import io.wormbench.traffic.codec.EventSchema;
import io.wormbench.traffic.codec.FieldReader;
import io.wormbench.traffic.codec.FieldType;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Timestamps;
import java.util.List;

/**
 * Typed reading of one Zeek log row (TSV or JSON) by {@link EventSchema} column, with Zeek's
 * conventions: unset or absent fields become the record's "absent" value (empty text, 0,
 * false, empty list) except the connection identity, which is required. Subclasses supply the
 * unescaped text of a field. Rows Wormbench cannot represent (IPv6 endpoints, SMB actions it
 * does not model) raise {@link Unrepresentable}, which readers count and skip.
 */
abstract class ZeekRow implements FieldReader {
  /** Skip reasons, as {@link ZeekEventSource#skipSummary()} prints them. */
  static final String IPV6 = "IPv6 (Wormbench models IPv4 addresses only)";
  static final String SMB_ACTION = "SMB action Wormbench does not model";

  /** A row that is well-formed Zeek but outside Wormbench's model. */
  static final class Unrepresentable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unrepresentable(String why) {
      super(why, null, false, false);
    }
  }

  private final String source;
  private final List<Column> columns;
  private final ZeekLog log;
  /** For each schema column, the Zeek field that carries it, or null. */
  private final ZeekField[] fields;
  private long line;

  ZeekRow(String source, ZeekLog log) {
    this.source = source;
    this.columns = EventSchema.of(log.kind()).columns();
    this.log = log;
    this.fields = new ZeekField[columns.size()];
    for (ZeekField f : log.fields()) {
      if (f.mapped()) {
        fields[f.column()] = f;
      }
    }
  }

  void line(long line) {
    this.line = line;
  }

  long line() {
    return line;
  }

  ZeekField field(int column) {
    return fields[column];
  }

  /** The unescaped text of a scalar field, or null when unset or absent. */
  abstract String scalar(int column);

  /** The elements of a container field, or null when unset or absent. */
  abstract List<String> list(int column);

  TrafficFormatException error(int column, String problem) {
    ZeekField f = fields[column];
    return new TrafficFormatException(source, line, f == null ? columns.get(column).name()
        : f.name(), problem);
  }

  /** The field's text, the log's constant for a column it does not carry, or null. */
  private String text(int column) {
    String s = fields[column] == null ? null : scalar(column);
    return s == null ? log.constant(column) : s;
  }

  private String required(int column) {
    String s = text(column);
    if (s == null) {
      throw error(column, "unset but required");
    }
    return s;
  }

  /** True when the field is unset and Zeek declares it optional, so it reads as zero. */
  private boolean unsetOptional(int column) {
    ZeekField f = fields[column];
    return f != null && f.optional() && text(column) == null;
  }

  private boolean container(int column) {
    return fields[column] != null && fields[column].container();
  }

  @Override
  public long time(int column) {
    return unsetOptional(column) ? 0 : parseTime(column, required(column));
  }

  private long parseTime(int column, String s) {
    try {
      return s.endsWith("Z") ? Timestamps.iso(s) : Timestamps.seconds(s);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public String string(int column) {
    if (container(column)) {
      List<String> l = list(column);
      return l == null || l.isEmpty() ? "" : l.get(0);
    }
    String s = scalar(column);
    return s == null ? "" : s;
  }

  @Override
  public long count(int column) {
    String s = scalar(column);
    if (s == null) {
      return 0;
    }
    if (columns.get(column).type() == FieldType.INTERVAL) {
      try {
        return Timestamps.interval(s);
      } catch (IllegalArgumentException e) {
        throw error(column, e.getMessage());
      }
    }
    return parseLong(column, s, "not a count", 0, Long.MAX_VALUE);
  }

  private long parseLong(int column, String s, String what, long min, long max) {
    try {
      long v = Long.parseLong(s);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the field's name
    }
    throw error(column, what + ": '" + s + "'");
  }

  @Override
  public int integer(int column) {
    String s = scalar(column);
    return s == null ? 0 : (int) parseLong(column, s, "not a count", 0, Integer.MAX_VALUE);
  }

  @Override
  public int port(int column) {
    return (int) parseLong(column, required(column), "not a port", 0, 65535);
  }

  @Override
  public int address(int column) {
    if (unsetOptional(column)) {
      return 0;
    }
    String s = required(column);
    if (s.indexOf(':') >= 0) {
      throw new Unrepresentable(IPV6);
    }
    try {
      return Ipv4.parse(s);
    } catch (IllegalArgumentException e) {
      throw error(column, e.getMessage());
    }
  }

  @Override
  public boolean bool(int column) {
    String s = scalar(column);
    if (s == null) {
      return false;
    }
    return switch (s) {
      case "T", "true" -> true;
      case "F", "false" -> false;
      default -> throw error(column, "not a bool: '" + s + "'");
    };
  }

  @Override
  public List<String> strings(int column) {
    List<String> l = list(column);
    return l == null ? List.of() : l;
  }

  @Override
  public List<Long> intervals(int column) {
    List<String> l = list(column);
    if (l == null) {
      return List.of();
    }
    List<Long> out = new java.util.ArrayList<>(l.size());
    for (String s : l) {
      long v = parseTime(column, s);
      if (v < 0) {
        throw error(column, "negative interval: '" + s + "'");
      }
      out.add(v);
    }
    return out;
  }

  @Override
  public <E extends Enum<E>> E enumValue(int column, Class<E> type) {
    String s = required(column);
    try {
      return Enum.valueOf(type, ZeekText.constantName(s));
    } catch (IllegalArgumentException e) {
      if (type == SmbFileAccess.Action.class) {
        throw new Unrepresentable(SMB_ACTION);
      }
      throw error(column, "unknown " + type.getSimpleName() + ": '" + s + "'");
    }
  }
}
