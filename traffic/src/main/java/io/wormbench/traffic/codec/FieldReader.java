package io.wormbench.traffic.codec;

import java.util.List;

/**
 * Typed access to the fields of one parsed row or object, by column index, implemented once
 * per format. Each getter throws a {@link TrafficFormatException} naming the file, line and
 * field when the text does not parse, so {@link EventSchema} builds records without knowing the
 * format.
 */
public interface FieldReader {
  /** Microseconds since the epoch. */
  long time(int column);

  /** Text; absent text is the empty string. */
  String string(int column);

  /** A non-negative count (or a duration in microseconds for INTERVAL). */
  long count(int column);

  /** A signed integer. */
  int integer(int column);

  /** A port 0-65535. */
  int port(int column);

  /** An IPv4 address. */
  int address(int column);

  /** A boolean. */
  boolean bool(int column);

  /** A list of strings. */
  List<String> strings(int column);

  /** A list of non-negative intervals in microseconds. */
  List<Long> intervals(int column);

  /** A constant of {@code type}. */
  <E extends Enum<E>> E enumValue(int column, Class<E> type);
}
