package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.Event;
import java.util.function.Function;

/**
 * One field of an event record as the text codecs see it: its snake_case name in JSON lines
 * and CSV, its type, and how to read its value from a record (see {@link FieldType} for the
 * Java type of the value). {@code enumType} is set for ENUM fields only.
 */
public record Column(String name, FieldType type, Class<? extends Enum<?>> enumType,
    Function<Event, Object> getter) {

  /** The field's value in {@code event}, boxed as {@link FieldType} documents. */
  public Object get(Event event) {
    return getter.apply(event);
  }
}
