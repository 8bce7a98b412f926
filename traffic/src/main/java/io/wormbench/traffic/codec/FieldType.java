package io.wormbench.traffic.codec;

/**
 * The value types of event fields, named after Zeek's log types where they match. The Java
 * value a {@link Column} getter returns for each: TIME, COUNT, INTERVAL: {@code Long}
 * (microseconds for TIME and INTERVAL); INT, PORT, ADDR: {@code Integer} (ADDR is an IPv4
 * {@code int}); BOOL: {@code Boolean}; STRING: {@code String}; STRINGS: {@code List<String>};
 * INTERVALS: {@code List<Long>} (microseconds, Zeek's {@code vector[interval]}); ENUM: an
 * {@code Enum}.
 */
public enum FieldType {
  TIME, STRING, COUNT, INT, BOOL, ADDR, PORT, INTERVAL, STRINGS, INTERVALS, ENUM
}
